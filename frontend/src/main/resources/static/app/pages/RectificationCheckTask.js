// 整改验收: the owning department accepts (closes) or returns, with a reason, each planned item of its indicators
// (docs/rectification.md).
import { api } from '../api.js';
import { formatAmount, parseFieldPath } from '../format.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import TaskFrame from '../components/TaskFrame.js';

const { ref, computed } = Vue;

export default {
  name: 'RectificationCheckTask',
  components: { TaskFrame },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const rows = ref([]);
    const comment = ref('');
    const counts = computed(() => ({
      accepted: rows.value.filter((r) => r.decision === 'accept').length,
      returned: rows.value.filter((r) => r.decision === 'return').length,
    }));

    const form = useTaskForm(props, emit, {
      evidence: false,
      async assessmentId() {
        // the reviewer's list holds its own department's items only (the server's rule)
        const items = await api.rectifications({ cycle: props.task.cycleId, branch: props.task.branch, state: 'PLANNED' });
        rows.value = items.filter((i) => i.assessmentId === props.task.assessmentId).map((i) => ({ ...i, decision: 'accept', reason: '' }));
        return props.task.assessmentId;
      },
      body() {
        const out = {
          decision: 'accept',
          items: rows.value.map((r) => (r.decision === 'return'
            ? { clause: r.clause, decision: 'return', reason: r.reason.trim() }
            : { clause: r.clause, decision: 'accept' })),
        };
        if (comment.value.trim()) out.comment = comment.value.trim();
        return out;
      },
      validate() {
        form.clearErrors();
        rows.value.forEach((r, i) => {
          if (r.decision === 'return' && !r.reason.trim() && !comment.value.trim()) form.fieldErrors[i] = form.t('rect.check.reasonRequired');
        });
        return Object.keys(form.fieldErrors).length === 0;
      },
      placeError(e) {
        const path = parseFieldPath(e.field);
        return path && path.list === 'items' && rows.value[path.index] ? path.index : null;
      },
      confirm: () => ({
        title: form.t('rect.check.confirmTitle'),
        lines: [form.t('rect.check.confirmCounts', counts.value)],
        okText: form.t('rect.check.submit'),
        danger: counts.value.returned > 0,
        done: 'rect.check.submitted',
      }),
    });
    return { ...form, rows, comment, counts, formatAmount };
  },
  template: `
    <div class="rectification-check-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <p class="muted">{{ t('rect.check.intro') }}</p>
        <a-card size="small" class="section-card" :title="t('rect.items')">
          <p v-if="!rows.length" class="muted">{{ t('rect.check.nothing') }}</p>
          <div v-for="(r, i) in rows" :key="r.clause" class="finding-row" :class="{ 'has-error': fieldErrors[i], changed: r.decision === 'return' }" :data-item="r.clause">
            <div class="item-head">
              <span class="clause-id">{{ r.clause }}</span><span class="clause-text">{{ r.wording }}</span>
              <a-tag color="red">{{ t('rect.kinds.' + r.kind) }} {{ formatAmount(r.deduction) }}</a-tag>
            </div>
            <div class="branch-says" :data-measures="r.clause">
              {{ t('rect.measures') }}：<strong>{{ r.measures }}</strong>
              <span> · {{ t('rect.responsible') }}：{{ r.responsible }}</span>
              <span> · {{ t('rect.plannedDate') }}：{{ r.plannedDate }}</span>
              <span v-if="r.evidence"> · {{ t('rect.evidence') }}：{{ r.evidence }}</span>
            </div>
            <div class="finding-inputs no-indent">
              <a-radio-group v-model:value="r.decision" :id="'check-' + r.clause" :aria-label="t('quarter.decision') + ' ' + r.clause">
                <a-radio value="accept" :id="'accept-' + r.clause">{{ t('rect.check.accept') }}</a-radio>
                <a-radio value="return" :id="'return-' + r.clause">{{ t('rect.check.return') }}</a-radio>
              </a-radio-group>
              <a-input v-if="r.decision === 'return'" v-model:value="r.reason" :id="'reason-' + r.clause" class="note-input" :maxlength="2000"
                       :placeholder="t('rect.check.reason')" :aria-label="t('rect.check.reason') + ' ' + r.clause" />
            </div>
            <div v-if="fieldErrors[i]" class="field-error" role="alert">{{ fieldErrors[i] }}</div>
          </div>
        </a-card>
        <div class="form-field">
          <label for="check-comment" class="field-label">{{ t('quarter.comment') }}</label>
          <a-textarea id="check-comment" v-model:value="comment" :rows="2" :maxlength="2000" />
        </div>
        <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
        <div class="toolbar actions">
          <a-button type="primary" :danger="counts.returned > 0" @click="submit" :loading="busy" id="submit-task" :disabled="!rows.length">{{ t('rect.check.submit') }}</a-button>
        </div>
      </task-frame>
    </div>`,
};
