// 部门审核: the branch's findings on this department's indicators beside the reviewer's own count; every change
// needs a reason; approve, or return to the branch with a comment.
import { api } from '../api.js';
import { session } from '../session.js';
import { debounce, formatScore, formatDelta, formatAmount, parseFieldPath } from '../format.js';
import { clauseIndex, formValue, countOf, standardOf } from '../quarter.js';
import ClauseAmount from './ClauseAmount.js';
import TaskHeader from './TaskHeader.js';
import DecisionCard from './DecisionCard.js';
import EvidenceFiles from './EvidenceFiles.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount, h } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'DepartmentReviewTask',
  components: { ClauseAmount, TaskHeader, EvidenceFiles, DecisionCard },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t, te } = useI18n();
    const department = computed(() => session.user && session.user.department);
    const loading = ref(true);
    const loadError = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const evidence = ref([]);
    const values = reactive({});
    const start = {}; // clause → the count before this review (reviewed count so far)
    const self = {}; // clause → { count, note } as the branch submitted
    const reasons = reactive({});
    const showAll = ref(false);
    const decision = ref('approve');
    const comment = ref('');
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    const card = ref(null);

    const primaries = computed(() => (standard.value ? standard.value.primaries.filter((p) => p.department === department.value) : []));
    const index = computed(() => clauseIndex(standard.value));
    const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);

    function clausesOf(primary) {
      const out = [];
      for (const s of primary.secondaries) for (const i of s.items) for (const r of i.rules) for (const c of r.clauses) out.push(c);
      return out;
    }
    const changed = (id) => countOf(values[id]) !== (start[id] || 0);
    const differs = (id) => countOf(values[id]) !== ((self[id] && self[id].count) || 0);
    const relevant = (id) => showAll.value || (self[id] && self[id].count > 0) || (start[id] || 0) > 0 || changed(id);
    const changes = computed(() => Object.keys(values).filter(changed));

    function body() {
      const findings = changes.value.map((id) => ({ clause: id, count: countOf(values[id]), note: (reasons[id] || '').trim() }));
      const out = { decision: decision.value, findings };
      if (comment.value.trim()) out.comment = comment.value.trim();
      return out;
    }

    async function preview() {
      const findings = Object.keys(values).filter((id) => countOf(values[id]) > 0).map((id) => ({ clause: id, count: countOf(values[id]) }));
      try {
        card.value = await api.preview({ standard: assessment.value.standardCode, findings });
      } catch (ignored) {
        // inputs are bounded; a refusal shows when submitting
      }
    }
    const schedulePreview = debounce(preview, 300);
    onBeforeUnmount(() => schedulePreview.cancel());

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        assessment.value = await api.assessment(props.task.assessmentId);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        for (const p of primaries.value) {
          for (const c of clausesOf(p)) {
            values[c.id] = formValue(c, null);
            reasons[c.id] = '';
          }
        }
        for (const f of assessment.value.findings) {
          const place = index.value[f.clause];
          if (!place || values[f.clause] === undefined) continue;
          self[f.clause] = { count: f.selfCount || 0, note: f.selfNote };
          start[f.clause] = f.reviewedCount || 0;
          values[f.clause] = formValue(place.clause, f.reviewedCount || (place.clause.kind === 'PER_UNIT' ? null : 0));
          if (f.adjusted) reasons[f.clause] = f.reviewNote || '';
        }
        evidence.value = await api.evidence(props.task.assessmentId).catch(() => []);
        await preview();
        watch(values, () => schedulePreview(), { deep: true });
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);
    // an error goes as soon as its input is put right
    watch([reasons, comment], () => {
      for (const id of Object.keys(fieldErrors)) {
        if (id === 'comment' ? comment.value.trim() : (reasons[id] || '').trim()) delete fieldErrors[id];
      }
      if (!Object.keys(fieldErrors).length) formError.value = null;
    }, { deep: true });

    const selfScores = computed(() => {
      const card = assessment.value && assessment.value.scores.self;
      return Object.fromEntries(((card && card.indicators) || []).map((p) => [p.name, p.score]));
    });
    const previewScores = computed(() => Object.fromEntries(((card.value && card.value.indicators) || []).map((p) => [p.name, p.score])));
    const filesOf = (clause) => evidence.value.filter((f) => f.clause === clause);

    function validate() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      formError.value = null;
      for (const id of changes.value) {
        if (!(reasons[id] || '').trim()) fieldErrors[id] = t('quarter.reasonRequired');
      }
      if (decision.value === 'return' && !comment.value.trim()) fieldErrors.comment = t('quarter.commentRequired');
      if (Object.keys(fieldErrors).length) {
        formError.value = t('quarter.fixErrors');
        showAll.value = showAll.value || Object.keys(fieldErrors).some((id) => id !== 'comment' && !relevant(id));
        return false;
      }
      return true;
    }

    function submit() {
      if (!validate()) return;
      const form = body();
      const approve = decision.value === 'approve';
      antd.Modal.confirm({
        title: approve ? t('quarter.review.confirmApprove') : t('quarter.review.confirmReturn'),
        content: h('div', { id: 'confirm-content' }, [
          h('p', form.findings.length ? t('quarter.review.confirmChanges', { n: form.findings.length }) : t('quarter.review.confirmNoChange')),
          ...primaries.value.map((p) => h('p', p.name + '：' + formatScore(selfScores.value[p.name]) + ' → ' + formatScore(previewScores.value[p.name]))),
          approve ? null : h('p', t('quarter.review.returnNote')),
        ]),
        okText: approve ? t('quarter.approve') : t('quarter.return'),
        okButtonProps: approve ? {} : { danger: true },
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', approve ? 'quarter.review.approved' : 'quarter.review.returned');
          } catch (e) {
            const path = e.status === 400 ? parseFieldPath(e.field) : null;
            if (path && path.list === 'findings' && form.findings[path.index]) {
              fieldErrors[form.findings[path.index].clause] = e.detail || e.message;
              formError.value = t('quarter.fixErrors');
            } else if (e.field === 'comment') {
              fieldErrors.comment = e.detail || e.message;
            } else {
              formError.value = e.detail || e.message;
            }
          } finally {
            busy.value = false;
          }
        },
      });
    }

    return {
      t, department, departmentName, loading, loadError, assessment, standard, primaries, values, reasons, self, start, showAll,
      decision, comment, fieldErrors, formError, busy, changed, differs, relevant, changes, selfScores, previewScores,
      filesOf, submit, load, clausesOf, formatScore, formatDelta, formatAmount,
    };
  },
  template: `
    <div class="review-page">
      <task-header :task="task" :assessment="assessment" />
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError" />
      <template v-else>
        <p class="muted">{{ t('quarter.review.intro', { department: departmentName(department) }) }}</p>
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
        <a-card v-for="primary in primaries" :key="primary.name" size="small" class="section-card" :data-primary="primary.name">
          <template #title>{{ primary.name }} <span class="points">{{ t('common.points', { n: formatAmount(primary.points) }) }}</span></template>
          <p v-if="!clausesOf(primary).some((c) => relevant(c.id))" class="muted">{{ t('quarter.review.noFindings') }}</p>
          <template v-for="clause in clausesOf(primary)" :key="clause.id">
            <div v-if="relevant(clause.id)" class="finding-row"
                 :class="{ changed: changed(clause.id), 'has-error': fieldErrors[clause.id] }" :data-clause="clause.id">
              <label class="clause-label" :for="'review-' + clause.id">
                <span class="clause-id">{{ clause.id }}</span>
                <span class="clause-text">{{ clause.text }}</span>
                <clause-amount :clause="clause" />
              </label>
              <div class="finding-inputs">
                <div class="branch-says" :data-self="clause.id">
                  {{ t('quarter.review.branchCount') }}：<strong>{{ clause.kind === 'PER_UNIT' ? ((self[clause.id] && self[clause.id].count) || 0) + ' ' + (clause.unit || '') : ((self[clause.id] && self[clause.id].count) ? t('calculator.applies') : t('common.none')) }}</strong>
                  <span v-if="self[clause.id] && self[clause.id].note"> · {{ self[clause.id].note }}</span>
                </div>
                <evidence-files :assessment-id="task.assessmentId" :clause="clause.id" :files="filesOf(clause.id)" />
              </div>
              <div class="finding-inputs">
                <span class="muted">{{ t('quarter.review.yourCount') }}</span>
                <a-input-number v-if="clause.kind === 'PER_UNIT'" :id="'review-' + clause.id" v-model:value="values[clause.id]"
                                :min="0" :max="9999" :precision="0" placeholder="0" :addon-after="clause.unit" class="count-input" />
                <a-checkbox v-else :id="'review-' + clause.id" v-model:checked="values[clause.id]">{{ t('calculator.applies') }}</a-checkbox>
                <a-tag v-if="differs(clause.id)" color="orange" class="diff-tag">{{ t('quarter.review.differs') }}</a-tag>
                <a-input v-if="changed(clause.id) || reasons[clause.id]" v-model:value="reasons[clause.id]" :id="'reason-' + clause.id"
                         class="note-input" :maxlength="2000" :placeholder="t('quarter.review.reason')"
                         :aria-label="t('quarter.review.reasonFor', { clause: clause.id })" :status="fieldErrors[clause.id] ? 'error' : undefined" />
              </div>
              <div v-if="fieldErrors[clause.id]" class="field-error" role="alert">{{ fieldErrors[clause.id] }}</div>
            </div>
          </template>
        </a-card>
        <decision-card v-model:decision="decision" v-model:comment="comment" comment-id="review-comment"
                       :approve-label="t('quarter.approve')" :submit-approve-label="t('quarter.review.submitApprove')"
                       :comment-error="fieldErrors.comment" :form-error="formError" :busy="busy" @submit="submit" />
      </template>
    </div>`,
};
