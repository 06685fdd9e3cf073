// 加分认可: a department endorses, adjusts (with a reason) or returns the 85–87 bonuses declared on its indicators.
import { session } from '../session.js';
import { formatAmount, parseFieldPath } from '../format.js';
import { bonusCapOf } from '../quarter.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import TaskFrame from '../components/TaskFrame.js';
import DecisionCard from '../components/DecisionCard.js';
import EvidenceFiles from '../components/EvidenceFiles.js';

const { ref, computed } = Vue;

export default {
  name: 'BonusEndorsementTask',
  components: { TaskFrame, EvidenceFiles, DecisionCard },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const rows = ref([]); // { rule, indicator, declared, start, points, reason, note }
    const decision = ref('approve');
    const comment = ref('');
    const department = computed(() => session.user && session.user.department);
    const changed = (row) => Number(row.points) !== row.start;
    let adjusted = []; // per bonus of the last body: its row

    function body() {
      adjusted = rows.value.map((row, i) => ({ row, i })).filter(({ row }) => changed(row));
      const out = { decision: decision.value, bonuses: adjusted.map(({ row }) => ({ rule: row.rule, indicator: row.indicator, points: Number(row.points), note: row.reason.trim() })) };
      if (comment.value.trim()) out.comment = comment.value.trim();
      return out;
    }

    const form = useTaskForm(props, emit, {
      fill(assessment) {
        rows.value = assessment.bonuses.filter((b) => b.department === department.value).map((b) => {
          const start = Number(b.endorsed !== null && b.endorsed !== undefined ? b.endorsed : b.declared);
          return { rule: b.rule, indicator: b.indicator, declared: Number(b.declared), start, points: start, reason: '', note: b.note };
        });
      },
      body,
      validate() {
        form.clearErrors();
        const t = form.t;
        rows.value.forEach((row, i) => {
          if (row.points === null || row.points === undefined || row.points === '') form.fieldErrors[i] = t('quarter.bonus.zeroOrMore');
          else if (changed(row) && !row.reason.trim()) form.fieldErrors[i] = t('quarter.reasonRequired');
        });
        if (decision.value === 'return' && !comment.value.trim()) form.fieldErrors.comment = t('quarter.commentRequired');
        return Object.keys(form.fieldErrors).length === 0;
      },
      placeError(e) {
        const path = parseFieldPath(e.field);
        return path && path.list === 'bonuses' && adjusted[path.index] ? adjusted[path.index].i : null;
      },
      confirm(sent) {
        const t = form.t;
        const approve = sent.decision === 'approve';
        return {
          title: approve ? t('quarter.endorse.confirmApprove') : t('quarter.endorse.confirmReturn'),
          lines: [sent.bonuses.length ? t('quarter.endorse.confirmChanges', { n: sent.bonuses.length }) : t('quarter.endorse.confirmAsDeclared')],
          okText: approve ? t('quarter.approve') : t('quarter.return'),
          danger: !approve,
          done: approve ? 'quarter.endorse.approved' : 'quarter.endorse.returned',
        };
      },
    });
    const { assessment, evidence } = form;

    // the caps are the engine's, from the assessment's last score card
    const capOf = (row) => {
      const scores = assessment.value && assessment.value.scores;
      return bonusCapOf(scores && (scores.reviewed || scores.self), row.rule, row.indicator);
    };
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    return { ...form, rows, decision, comment, changed, capOf, filesOf, formatAmount };
  },
  template: `
    <div class="endorsement-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <p class="muted">{{ t('quarter.endorse.intro') }}</p>
        <a-card size="small" class="section-card">
          <p v-if="!rows.length" class="muted">{{ t('quarter.endorse.none') }}</p>
          <div v-for="(row, i) in rows" :key="row.rule + row.indicator" class="finding-row" :class="{ changed: changed(row), 'has-error': fieldErrors[i] }" :data-bonus="row.rule">
            <div><span class="rule-no">{{ t('standard.rule', { n: row.rule }) }}</span><strong>{{ row.indicator }}</strong>
              <a-tag v-if="capOf(row) !== null" color="green" class="push-gap">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(row)) }) }}</a-tag></div>
            <div class="finding-inputs no-indent">
              <span class="branch-says">{{ t('quarter.endorse.declared') }}：<strong>{{ formatAmount(row.declared) }}</strong><span v-if="row.note"> · {{ row.note }}</span></span>
              <evidence-files :assessment-id="task.assessmentId" :bonus-rule="row.rule" :files="filesOf(row.rule)" />
            </div>
            <div class="finding-inputs no-indent">
              <label :for="'endorse-points-' + i" class="muted">{{ t('quarter.endorse.endorsed') }}</label>
              <a-input-number :id="'endorse-points-' + i" v-model:value="row.points" :min="0" :precision="2" :step="0.1" class="bonus-points" />
              <a-input v-if="changed(row)" v-model:value="row.reason" class="note-input" :maxlength="2000" :placeholder="t('quarter.review.reason')"
                       :aria-label="t('quarter.review.reason')" :id="'endorse-reason-' + i" />
            </div>
            <div v-if="fieldErrors[i]" class="field-error" role="alert">{{ fieldErrors[i] }}</div>
          </div>
        </a-card>
        <decision-card v-model:decision="decision" v-model:comment="comment" comment-id="endorse-comment"
                       :approve-label="t('quarter.endorse.approve')" :submit-approve-label="t('quarter.endorse.approve')"
                       :comment-error="fieldErrors.comment" :form-error="formError" :busy="busy" @submit="submit" />
      </task-frame>
    </div>`,
};
