// 整改措施: per item still to rectify (open, or returned with the department's reason) the measures, the person
// responsible, the planned completion date and the evidence; save a draft or submit (docs/rectification.md).
import { api } from '../api.js';
import { formatAmount, parseFieldPath } from '../format.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import TaskFrame from '../components/TaskFrame.js';

const { ref } = Vue;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default {
  name: 'RectificationPlanTask',
  components: { TaskFrame },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const rows = ref([]); // the items to plan, with their inputs
    const closed = ref([]); // the items already accepted, shown read-only

    const entry = (r) => {
      const out = { clause: r.clause };
      for (const key of ['measures', 'responsible', 'plannedDate', 'evidence']) {
        if ((r[key] || '').trim()) out[key] = r[key].trim();
      }
      return out;
    };

    const form = useTaskForm(props, emit, {
      evidence: false,
      async assessmentId() {
        const items = await api.rectifications({ cycle: props.task.cycleId, branch: props.task.branch });
        const mine = items.filter((i) => i.assessmentId === props.task.assessmentId);
        rows.value = mine.filter((i) => i.state === 'OPEN' || i.state === 'RETURNED').map((i) => ({
          ...i, measures: i.measures || '', responsible: i.responsible || '', plannedDate: i.plannedDate || '', evidence: i.evidence || '',
        }));
        closed.value = mine.filter((i) => i.state === 'CLOSED');
        return props.task.assessmentId;
      },
      body: () => ({ items: rows.value.map(entry) }),
      validate() {
        form.clearErrors();
        const t = form.t;
        rows.value.forEach((r, i) => {
          if (r.plannedDate.trim() && !DATE.test(r.plannedDate.trim())) form.fieldErrors[i] = t('rect.plannedDate') + ' 2027-01-31';
        });
        return Object.keys(form.fieldErrors).length === 0;
      },
      placeError(e) {
        const path = parseFieldPath(e.field);
        return path && path.list === 'items' && rows.value[path.index] ? path.index : null;
      },
      confirm: (sent) => ({
        title: form.t('rect.plan.confirmTitle'),
        lines: [form.t('rect.plan.confirmItems', { n: sent.items.length })],
        okText: form.t('rect.plan.submit'),
        done: 'rect.plan.submitted',
      }),
    });
    return { ...form, rows, closed, formatAmount };
  },
  template: `
    <div class="rectification-plan-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <p class="muted">{{ t('rect.plan.intro') }}</p>
        <a-card size="small" class="section-card" :title="t('rect.items')">
          <p v-if="!rows.length" class="muted">{{ t('rect.plan.nothing') }}</p>
          <div v-for="(r, i) in rows" :key="r.clause" class="finding-row" :class="{ 'has-error': fieldErrors[i] }" :data-item="r.clause">
            <div class="item-head">
              <span class="clause-id">{{ r.clause }}</span><span class="clause-text">{{ r.wording }}</span>
              <a-tag color="red">{{ t('rect.kinds.' + r.kind) }} {{ formatAmount(r.deduction) }}</a-tag>
              <a-tag :color="r.state === 'RETURNED' ? 'warning' : 'blue'" class="item-state">{{ t('rect.states.' + r.state) }}</a-tag>
            </div>
            <div v-if="r.reviewNote" class="muted">{{ t('rect.reviewNote') }}：{{ r.reviewNote }}</div>
            <a-alert v-if="r.state === 'RETURNED' && r.checkReason" type="warning" class="panel-return" :data-return="r.clause"
                     :message="t('rect.returnedReason') + '：' + r.checkReason" />
            <div class="finding-inputs no-indent">
              <a-textarea v-model:value="r.measures" :id="'measures-' + r.clause" :rows="2" :maxlength="2000"
                          :placeholder="t('rect.measures')" :aria-label="t('rect.measures') + ' ' + r.clause" />
            </div>
            <div class="finding-inputs no-indent">
              <a-input v-model:value="r.responsible" :id="'responsible-' + r.clause" :maxlength="100" class="note-input"
                       :placeholder="t('rect.responsible')" :aria-label="t('rect.responsible') + ' ' + r.clause" />
              <a-input v-model:value="r.plannedDate" :id="'planned-' + r.clause" :maxlength="10" class="date-input"
                       placeholder="2027-01-31" :aria-label="t('rect.plannedDate') + ' ' + r.clause" />
              <a-input v-model:value="r.evidence" :id="'evidence-' + r.clause" :maxlength="2000" class="note-input"
                       :placeholder="t('rect.evidence')" :aria-label="t('rect.evidence') + ' ' + r.clause" />
            </div>
            <div v-if="fieldErrors[i]" class="field-error" role="alert">{{ fieldErrors[i] }}</div>
          </div>
        </a-card>
        <a-card v-if="closed.length" size="small" class="section-card" :title="t('rect.states.CLOSED')" id="closed-items">
          <div v-for="c in closed" :key="c.clause" class="finding-row" :data-closed="c.clause">
            <span class="clause-id">{{ c.clause }}</span> {{ c.measures }} <span class="muted">· {{ c.responsible }} · {{ c.plannedDate }}</span>
          </div>
        </a-card>
        <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
        <div class="toolbar actions">
          <a-button @click="saveDraft" :loading="busy" id="save-draft">{{ t('quarter.saveDraft') }}</a-button>
          <a-button type="primary" @click="submit" :loading="busy" id="submit-task" :disabled="!rows.length">{{ t('rect.plan.submit') }}</a-button>
        </div>
      </task-frame>
    </div>`,
};
