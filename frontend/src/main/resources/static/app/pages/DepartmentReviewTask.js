// 部门审核: the branch's findings on this department's indicators beside the reviewer's own count; every change
// needs a reason; approve, or return to the branch with a comment.
import { session } from '../session.js';
import { formatScore, formatAmount, parseFieldPath } from '../format.js';
import { formValue, countOf } from '../quarter.js';
import { clausesOf } from '../standardTree.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import ClauseTree from '../components/ClauseTree.js';
import ClauseLabel from '../components/ClauseLabel.js';
import CountInput from '../components/CountInput.js';
import TaskFrame from '../components/TaskFrame.js';
import DecisionCard from '../components/DecisionCard.js';
import EvidenceFiles from '../components/EvidenceFiles.js';
import LastQuarterTag, { lastQuarterOf } from '../components/LastQuarterTag.js';

const { ref, reactive, computed, watch } = Vue;

export default {
  name: 'DepartmentReviewTask',
  components: { ClauseTree, ClauseLabel, CountInput, TaskFrame, EvidenceFiles, DecisionCard, LastQuarterTag },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const department = computed(() => session.user && session.user.department);
    const values = reactive({});
    const start = {}; // clause → the count before this review (reviewed count so far)
    const self = {}; // clause → { count, note } as the branch submitted
    const reasons = reactive({});
    const showAll = ref(false);
    const decision = ref('approve');
    const comment = ref('');
    const openPanels = ref([]);

    const changed = (id) => countOf(values[id]) !== (start[id] || 0);
    const differs = (id) => countOf(values[id]) !== ((self[id] && self[id].count) || 0);
    // a clause with last quarter's item is shown too, so the reviewer sees its history (docs/rectification.md)
    const relevant = (id) => showAll.value || (self[id] && self[id].count > 0) || (start[id] || 0) > 0 || changed(id)
      || !!lastQuarter.value[id];
    const changes = computed(() => Object.keys(values).filter(changed));

    function body() {
      const findings = changes.value.map((id) => ({ clause: id, count: countOf(values[id]), note: (reasons[id] || '').trim() }));
      const out = { decision: decision.value, findings };
      if (comment.value.trim()) out.comment = comment.value.trim();
      return out;
    }

    const form = useTaskForm(props, emit, {
      fill(assessment, standard) {
        const mine = standard.primaries.filter((p) => p.department === department.value);
        for (const c of mine.flatMap(clausesOf)) {
          values[c.id] = formValue(c, null);
          reasons[c.id] = '';
        }
        const clauses = Object.fromEntries(mine.flatMap(clausesOf).map((c) => [c.id, c]));
        for (const f of assessment.findings) {
          const clause = clauses[f.clause];
          if (!clause) continue;
          self[f.clause] = { count: f.selfCount || 0, note: f.selfNote };
          start[f.clause] = f.reviewedCount || 0;
          values[f.clause] = formValue(clause, f.reviewedCount || (clause.kind === 'PER_UNIT' ? null : 0));
          if (f.adjusted) reasons[f.clause] = f.reviewNote || '';
        }
        openPanels.value = mine.map((p) => p.name);
      },
      preview: () => ({ findings: Object.keys(values).filter((id) => countOf(values[id]) > 0).map((id) => ({ clause: id, count: countOf(values[id]) })) }),
      watch: () => values,
      body,
      validate() {
        form.clearErrors();
        for (const id of changes.value) {
          if (!(reasons[id] || '').trim()) form.fieldErrors[id] = form.t('quarter.reasonRequired');
        }
        if (decision.value === 'return' && !comment.value.trim()) form.fieldErrors.comment = form.t('quarter.commentRequired');
        const ids = Object.keys(form.fieldErrors);
        showAll.value = showAll.value || ids.some((id) => id !== 'comment' && !relevant(id));
        return ids.length === 0;
      },
      placeError(e, sent) {
        const path = parseFieldPath(e.field);
        if (path && path.list === 'findings' && sent.findings[path.index]) return sent.findings[path.index].clause;
        return e.field === 'comment' ? 'comment' : null;
      },
      confirm(sent) {
        const approve = sent.decision === 'approve';
        const t = form.t;
        return {
          title: approve ? t('quarter.review.confirmApprove') : t('quarter.review.confirmReturn'),
          lines: [
            sent.findings.length ? t('quarter.review.confirmChanges', { n: sent.findings.length }) : t('quarter.review.confirmNoChange'),
            ...primaries.value.map((p) => p.name + '：' + formatScore(selfScores.value[p.name]) + ' → ' + formatScore(previewScores.value[p.name])),
            approve ? null : t('quarter.review.returnNote'),
          ],
          okText: approve ? t('quarter.approve') : t('quarter.return'),
          danger: !approve,
          done: approve ? 'quarter.review.approved' : 'quarter.review.returned',
        };
      },
    });
    const { assessment, standard, evidence, fieldErrors, formError, card } = form;

    const primaries = computed(() => (standard.value ? standard.value.primaries.filter((p) => p.department === department.value) : []));
    // an error goes as soon as its input is put right
    watch([reasons, comment], () => {
      for (const id of Object.keys(fieldErrors)) {
        if (id === 'comment' ? comment.value.trim() : (reasons[id] || '').trim()) delete fieldErrors[id];
      }
      if (!Object.keys(fieldErrors).length) formError.value = null;
    }, { deep: true });

    // a re-review sees its own earlier decision and the branch's reply (issue 10)
    const earlier = computed(() => ((assessment.value && assessment.value.decisions) || [])
      .filter((d) => d.step === 'departmentReview' && d.department === department.value)
      .sort((a, b) => b.round - a.round)[0] || null);
    const fmtAt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '');
    const scoresOf = (c) => Object.fromEntries(((c && c.indicators) || []).map((p) => [p.name, p.score]));
    const selfScores = computed(() => scoresOf(assessment.value && assessment.value.scores.self));
    const previewScores = computed(() => scoresOf(card.value));
    const filesOf = (clause) => evidence.value.filter((f) => f.clause === clause);
    const lastQuarter = computed(() => lastQuarterOf(assessment.value));
    const selfSays = (clause) => {
      const count = (self[clause.id] && self[clause.id].count) || 0;
      if (clause.kind === 'PER_UNIT') return count + ' ' + (clause.unit || '');
      return count ? form.t('calculator.applies') : form.t('common.none');
    };

    return {
      ...form, department, primaries, values, reasons, self, showAll, decision, comment, openPanels, changed, differs,
      relevant, changes, earlier, fmtAt, selfScores, previewScores, filesOf, selfSays, formatScore, formatAmount,
      lastQuarter, countOf,
      shown: (clause) => relevant(clause.id),
    };
  },
  template: `
    <div class="review-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <p class="muted">{{ t('quarter.review.intro', { department: departmentName(department) }) }}</p>
        <a-alert v-if="earlier" type="info" show-icon class="section-card" id="earlier-decision"
                 :message="t('home.rework.earlier') + '：' + t('home.decision.' + earlier.decision) + ' · ' + (earlier.by || '') + ' · ' + fmtAt(earlier.at)">
          <template #description>
            <div v-if="earlier.comment">“{{ earlier.comment }}”</div>
            <div v-if="assessment.selfComment" id="branch-reply"><strong>{{ t('home.rework.reply') }}：</strong>{{ assessment.selfComment }}</div>
          </template>
        </a-alert>
        <a-card size="small" :title="t('quarter.review.scores')" class="section-card">
          <table class="indicator-table compare-table" id="review-scores">
            <thead><tr><th scope="col">{{ t('calculator.indicatorName') }}</th><th scope="col">{{ t('calculator.max') }}</th>
              <th scope="col">{{ t('quarter.review.selfScore') }}</th><th scope="col">{{ t('quarter.review.afterReview') }}</th></tr></thead>
            <tbody>
              <tr v-for="p in primaries" :key="p.name" :data-indicator="p.name">
                <th scope="row">{{ p.name }}</th><td>{{ formatScore(p.points) }}</td><td>{{ formatScore(selfScores[p.name]) }}</td>
                <td :class="{ diff: Number(selfScores[p.name]) !== Number(previewScores[p.name]) }">{{ formatScore(previewScores[p.name]) }}</td>
              </tr>
            </tbody>
          </table>
        </a-card>
        <div class="toolbar">
          <a-checkbox v-model:checked="showAll" id="show-all-clauses">{{ t('quarter.review.showAll') }}</a-checkbox>
          <a-tag v-if="changes.length" color="orange" id="change-count">{{ t('quarter.review.changeCount', { n: changes.length }) }}</a-tag>
        </div>
        <clause-tree :primaries="primaries" v-model:open="openPanels" :clause-visible="shown" keep-empty class="section-card">
          <template #top="{ shown }">
            <p v-if="!shown" class="muted">{{ t('quarter.review.noFindings') }}</p>
          </template>
          <template #clause="{ clause }">
            <div class="finding-row" :class="{ changed: changed(clause.id), 'has-error': fieldErrors[clause.id] }" :data-clause="clause.id">
              <clause-label :clause="clause" :for="'review-' + clause.id" />
              <last-quarter-tag :previous="lastQuarter[clause.id]" :repeated="countOf(values[clause.id]) > 0" />
              <div class="finding-inputs">
                <div class="branch-says" :data-self="clause.id">
                  {{ t('quarter.review.branchCount') }}：<strong>{{ selfSays(clause) }}</strong>
                  <span v-if="self[clause.id] && self[clause.id].note"> · {{ self[clause.id].note }}</span>
                </div>
                <evidence-files :assessment-id="task.assessmentId" :clause="clause.id" :files="filesOf(clause.id)" />
              </div>
              <div class="finding-inputs">
                <span class="muted">{{ t('quarter.review.yourCount') }}</span>
                <count-input :clause="clause" v-model:value="values[clause.id]" :id="'review-' + clause.id" />
                <a-tag v-if="differs(clause.id)" color="orange" class="diff-tag">{{ t('quarter.review.differs') }}</a-tag>
                <a-input v-if="changed(clause.id) || reasons[clause.id]" v-model:value="reasons[clause.id]" :id="'reason-' + clause.id"
                         class="note-input" :maxlength="2000" :placeholder="t('quarter.review.reason')"
                         :aria-label="t('quarter.review.reasonFor', { clause: clause.id })" :status="fieldErrors[clause.id] ? 'error' : undefined" />
              </div>
              <div v-if="fieldErrors[clause.id]" class="field-error" role="alert">{{ fieldErrors[clause.id] }}</div>
            </div>
          </template>
        </clause-tree>
        <decision-card v-model:decision="decision" v-model:comment="comment" comment-id="review-comment"
                       :approve-label="t('quarter.approve')" :submit-approve-label="t('quarter.review.submitApprove')"
                       :comment-error="fieldErrors.comment" :form-error="formError" :busy="busy" @submit="submit" />
      </task-frame>
    </div>`,
};
