// 加分认可: a department endorses, adjusts (with a reason) or returns the 85–87 bonuses declared on its indicators.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatAmount, parseFieldPath } from '../format.js';
import { bonusCap, standardOf } from '../quarter.js';
import TaskHeader from './TaskHeader.js';
import DecisionCard from './DecisionCard.js';
import EvidenceFiles from './EvidenceFiles.js';

const { ref, reactive, computed, onMounted, h } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'BonusEndorsementTask',
  components: { TaskHeader, EvidenceFiles, DecisionCard },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const evidence = ref([]);
    const rows = ref([]); // { rule, indicator, declared, start, points, reason, note }
    const decision = ref('approve');
    const comment = ref('');
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    const department = computed(() => session.user && session.user.department);

    async function load() {
      loading.value = true;
      try {
        assessment.value = await api.assessment(props.task.assessmentId);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        rows.value = assessment.value.bonuses.filter((b) => b.department === department.value).map((b) => {
          const start = Number(b.endorsed !== null && b.endorsed !== undefined ? b.endorsed : b.declared);
          return { rule: b.rule, indicator: b.indicator, declared: Number(b.declared), start, points: start, reason: '', note: b.note };
        });
        evidence.value = await api.evidence(props.task.assessmentId).catch(() => []);
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    const changed = (row) => Number(row.points) !== row.start;
    const capOf = (row) => bonusCap(standard.value, standard.value.bonus.rules.find((r) => r.number === row.rule), row.indicator);
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    function submit() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      formError.value = null;
      rows.value.forEach((row, i) => {
        if (row.points === null || row.points === undefined || row.points === '') fieldErrors[i] = t('quarter.bonus.zeroOrMore');
        else if (changed(row) && !row.reason.trim()) fieldErrors[i] = t('quarter.reasonRequired');
      });
      if (decision.value === 'return' && !comment.value.trim()) fieldErrors.comment = t('quarter.commentRequired');
      if (Object.keys(fieldErrors).length) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      const adjusted = rows.value.map((row, i) => ({ row, i })).filter(({ row }) => changed(row));
      const form = { decision: decision.value, bonuses: adjusted.map(({ row }) => ({ rule: row.rule, indicator: row.indicator, points: Number(row.points), note: row.reason.trim() })) };
      if (comment.value.trim()) form.comment = comment.value.trim();
      const approve = decision.value === 'approve';
      antd.Modal.confirm({
        title: approve ? t('quarter.endorse.confirmApprove') : t('quarter.endorse.confirmReturn'),
        content: h('p', { id: 'confirm-content' }, adjusted.length ? t('quarter.endorse.confirmChanges', { n: adjusted.length }) : t('quarter.endorse.confirmAsDeclared')),
        okText: approve ? t('quarter.approve') : t('quarter.return'),
        okButtonProps: approve ? {} : { danger: true },
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', approve ? 'quarter.endorse.approved' : 'quarter.endorse.returned');
          } catch (e) {
            const path = e.status === 400 ? parseFieldPath(e.field) : null;
            if (path && path.list === 'bonuses' && adjusted[path.index]) fieldErrors[adjusted[path.index].i] = e.detail || e.message;
            formError.value = e.detail || e.message;
          } finally {
            busy.value = false;
          }
        },
      });
    }

    return { t, loading, loadError, assessment, standard, rows, decision, comment, fieldErrors, formError, busy, changed, capOf, filesOf, submit, formatAmount };
  },
  template: `
    <div class="endorsement-page">
      <task-header :task="task" :assessment="assessment" />
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError" />
      <template v-else>
        <p class="muted">{{ t('quarter.endorse.intro') }}</p>
        <a-card size="small" class="section-card">
          <p v-if="!rows.length" class="muted">{{ t('quarter.endorse.none') }}</p>
          <div v-for="(row, i) in rows" :key="row.rule + row.indicator" class="finding-row" :class="{ changed: changed(row), 'has-error': fieldErrors[i] }" :data-bonus="row.rule">
            <div><span class="rule-no">{{ t('standard.rule', { n: row.rule }) }}</span><strong>{{ row.indicator }}</strong>
              <a-tag color="green" class="push-gap">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(row)) }) }}</a-tag></div>
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
      </template>
    </div>`,
};
