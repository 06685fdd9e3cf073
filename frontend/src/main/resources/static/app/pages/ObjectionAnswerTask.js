// 异议答复: the branch's objection beside its locked result; reject with an answer, or accept with a correction
// (clause + count, with a reason) that becomes a new revision of the result.
import { api } from '../api.js';
import { parseFieldPath, formatScore } from '../format.js';
import { clauseIndex, standardOf } from '../quarter.js';
import TaskHeader from './TaskHeader.js';
import ScoreCardView from './ScoreCardView.js';

const { ref, reactive, computed, onMounted, h } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'ObjectionAnswerTask',
  components: { TaskHeader, ScoreCardView },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const objection = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const decision = ref('reject');
    const answer = ref('');
    const rows = ref([{ key: 1, clause: '', count: null }]);
    const reason = ref('');
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    let nextKey = 2;
    const index = computed(() => clauseIndex(standard.value));

    async function load() {
      try {
        const list = await api.objections(props.task.cycleId);
        objection.value = list.find((o) => o.id === props.task.objectionId) || null;
        if (objection.value) {
          assessment.value = await api.assessment(objection.value.assessmentId);
          standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        }
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    const current = (clause) => {
      const f = assessment.value && assessment.value.findings.find((x) => x.clause === clause);
      return f ? f.reviewedCount || 0 : 0;
    };

    function validate() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      if (!answer.value.trim()) fieldErrors.answer = t('quarter.objections.answerRequired');
      if (decision.value === 'accept') {
        rows.value.forEach((row, i) => {
          const place = index.value[row.clause.trim()];
          if (!place) fieldErrors['row:' + i] = t('quarter.objections.unknownClause');
          else if (row.count === null || row.count === undefined || row.count < 0) fieldErrors['row:' + i] = t('quarter.objections.countRequired');
          else if (place.clause.kind !== 'PER_UNIT' && row.count > 1) fieldErrors['row:' + i] = t('quarter.objections.flatCount');
        });
        if (!reason.value.trim()) fieldErrors.reason = t('quarter.reasonRequired');
      }
      formError.value = Object.keys(fieldErrors).length ? t('quarter.fixErrors') : null;
      return !formError.value;
    }

    function submit() {
      if (!validate()) return;
      const accept = decision.value === 'accept';
      const form = { decision: decision.value, answer: answer.value.trim() };
      if (accept) {
        form.correction = { findings: rows.value.map((r) => ({ clause: r.clause.trim(), count: r.count })), reason: reason.value.trim() };
      }
      antd.Modal.confirm({
        title: accept ? t('quarter.objections.confirmAccept') : t('quarter.objections.confirmReject'),
        content: h('div', { id: 'confirm-content' }, accept
          ? form.correction.findings.map((f) => h('p', f.clause + '：' + current(f.clause) + ' → ' + f.count)).concat([h('p', { class: 'muted' }, t('quarter.objections.revisionNote'))])
          : [h('p', form.answer)]),
        okText: accept ? t('quarter.objections.accept') : t('quarter.objections.reject'),
        okButtonProps: accept ? {} : { danger: true },
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', 'quarter.objections.answered');
          } catch (e) {
            const path = parseFieldPath((e.field || '').replace(/^correction\./, ''));
            if (path && path.list === 'findings') fieldErrors['row:' + path.index] = e.detail || e.message;
            else if (e.field) fieldErrors[e.field.replace(/^correction\./, '')] = e.detail || e.message;
            formError.value = e.detail || e.message;
          } finally {
            busy.value = false;
          }
        },
      });
    }

    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    return {
      t, loading, loadError, objection, assessment, standard, decision, answer, rows, reason, fieldErrors, formError, busy, index, current, submit, fmt, formatScore,
      addRow: () => rows.value.push({ key: nextKey++, clause: '', count: null }),
      removeRow: (row) => { rows.value = rows.value.filter((r) => r !== row); },
    };
  },
  template: `
    <div class="objection-page">
      <task-header :task="task" />
      <a-spin v-if="loading" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError" />
      <a-alert v-else-if="!objection" type="warning" show-icon :message="t('quarter.objections.notFound')" />
      <a-row v-else :gutter="[16, 16]">
        <a-col :xs="24" :lg="14">
          <a-card size="small" class="section-card" :title="t('quarter.objections.raisedBy', { branch: objection.branch })" id="objection-card">
            <p class="objection-reason">{{ objection.reason }}</p>
            <p class="muted">{{ objection.raisedBy }} · {{ fmt(objection.raisedAt) }}
              <router-link :to="{ name: 'assessment', params: { id: objection.assessmentId } }" class="push-gap">{{ t('quarter.viewAssessment') }}</router-link></p>
          </a-card>
          <a-card size="small" class="section-card" :title="t('quarter.decision')">
            <a-radio-group v-model:value="decision" id="decision" :aria-label="t('quarter.decision')">
              <a-radio value="accept" id="decision-accept">{{ t('quarter.objections.accept') }}</a-radio>
              <a-radio value="reject" id="decision-reject">{{ t('quarter.objections.reject') }}</a-radio>
            </a-radio-group>
            <div class="form-field">
              <label for="objection-answer" class="field-label">{{ t('quarter.objections.answer') }}（{{ t('quarter.required') }}）</label>
              <a-textarea id="objection-answer" v-model:value="answer" :rows="2" :maxlength="2000" :status="fieldErrors.answer ? 'error' : undefined" />
              <div v-if="fieldErrors.answer" class="field-error" role="alert">{{ fieldErrors.answer }}</div>
            </div>
            <template v-if="decision === 'accept'">
              <h3 class="explanation-title">{{ t('quarter.objections.correction') }}</h3>
              <div v-for="(row, i) in rows" :key="row.key" class="finding-row" :class="{ 'has-error': fieldErrors['row:' + i] }">
                <div class="finding-inputs no-indent">
                  <label :for="'correction-clause-' + i" class="muted">{{ t('standard.clause') }}</label>
                  <a-input :id="'correction-clause-' + i" v-model:value="row.clause" placeholder="1.1" class="clause-input-box" />
                  <label :for="'correction-count-' + i" class="muted">{{ t('calculator.count') }}</label>
                  <a-input-number :id="'correction-count-' + i" v-model:value="row.count" :min="0" :max="9999" :precision="0" class="bonus-points" />
                  <a-button v-if="rows.length > 1" @click="removeRow(row)">{{ t('calculator.removeBonus') }}</a-button>
                </div>
                <div v-if="index[row.clause.trim()]" class="muted clause-preview">{{ index[row.clause.trim()].clause.text }} · {{ t('quarter.objections.currentCount', { n: current(row.clause.trim()) }) }}</div>
                <div v-if="fieldErrors['row:' + i]" class="field-error" role="alert">{{ fieldErrors['row:' + i] }}</div>
              </div>
              <a-button type="dashed" block @click="addRow">+ {{ t('quarter.objections.addClause') }}</a-button>
              <div class="form-field">
                <label for="correction-reason" class="field-label">{{ t('quarter.objections.correctionReason') }}（{{ t('quarter.required') }}）</label>
                <a-input id="correction-reason" v-model:value="reason" :maxlength="2000" :status="fieldErrors.reason ? 'error' : undefined" />
                <div v-if="fieldErrors.reason" class="field-error" role="alert">{{ fieldErrors.reason }}</div>
              </div>
            </template>
            <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
            <div class="toolbar actions">
              <a-button type="primary" :danger="decision === 'reject'" :loading="busy" @click="submit" id="submit-task">{{ t('quarter.submit') }}</a-button>
            </div>
          </a-card>
        </a-col>
        <a-col :xs="24" :lg="10">
          <a-card size="small" :title="t('quarter.objections.currentResult')">
            <score-card-view :card="assessment && assessment.scores.final" :grades="standard ? standard.grades : []" id-prefix="objection-card-final" :secondaries="false" />
          </a-card>
        </a-col>
      </a-row>
    </div>`,
};
