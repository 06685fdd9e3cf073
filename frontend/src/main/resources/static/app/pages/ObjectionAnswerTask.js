// 异议答复: the branch's objection beside its locked result; reject with an answer, or accept with a correction
// (clause + count, with a reason) that becomes a new revision of the result.
import { api } from '../api.js';
import { formatScore, parseFieldPath } from '../format.js';
import { clauseIndex } from '../standardTree.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import TaskFrame from '../components/TaskFrame.js';
import ScoreCardView from '../components/ScoreCardView.js';

const { ref, computed } = Vue;

export default {
  name: 'ObjectionAnswerTask',
  components: { TaskFrame, ScoreCardView },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const objection = ref(null);
    const decision = ref('reject');
    const answer = ref('');
    const rows = ref([{ key: 1, clause: '', count: null }]);
    const reason = ref('');
    let nextKey = 2;

    function body() {
      const out = { decision: decision.value, answer: answer.value.trim() };
      if (decision.value === 'accept') {
        out.correction = { findings: rows.value.map((r) => ({ clause: r.clause.trim(), count: r.count })), reason: reason.value.trim() };
      }
      return out;
    }

    const form = useTaskForm(props, emit, {
      async assessmentId() {
        const list = await api.objections(props.task.cycleId);
        objection.value = list.find((o) => o.id === props.task.objectionId) || null;
        return objection.value ? objection.value.assessmentId : null;
      },
      evidence: false,
      body,
      validate() {
        form.clearErrors();
        const t = form.t;
        const errors = form.fieldErrors;
        if (!answer.value.trim()) errors.answer = t('quarter.objections.answerRequired');
        if (decision.value === 'accept') {
          rows.value.forEach((row, i) => {
            const place = index.value[row.clause.trim()];
            if (!place) errors['row:' + i] = t('quarter.objections.unknownClause');
            else if (row.count === null || row.count === undefined || row.count < 0) errors['row:' + i] = t('quarter.objections.countRequired');
            else if (place.clause.kind !== 'PER_UNIT' && row.count > 1) errors['row:' + i] = t('quarter.objections.flatCount');
          });
          if (!reason.value.trim()) errors.reason = t('quarter.reasonRequired');
        }
        return Object.keys(errors).length === 0;
      },
      placeError(e) {
        const field = (e.field || '').replace(/^correction\./, '');
        const path = parseFieldPath(field);
        if (path && path.list === 'findings') return 'row:' + path.index;
        return field || null;
      },
      confirm(sent) {
        const t = form.t;
        const accept = sent.decision === 'accept';
        return {
          title: accept ? t('quarter.objections.confirmAccept') : t('quarter.objections.confirmReject'),
          lines: accept
            ? sent.correction.findings.map((f) => f.clause + '：' + current(f.clause) + ' → ' + f.count).concat([Vue.h('p', { class: 'muted' }, t('quarter.objections.revisionNote'))])
            : [sent.answer],
          okText: accept ? t('quarter.objections.accept') : t('quarter.objections.reject'),
          danger: !accept,
          done: 'quarter.objections.answered',
        };
      },
    });
    const { assessment, standard } = form;
    const index = computed(() => clauseIndex(standard.value));

    const current = (clause) => {
      const f = assessment.value && assessment.value.findings.find((x) => x.clause === clause);
      return f ? f.reviewedCount || 0 : 0;
    };

    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    return {
      ...form, objection, decision, answer, rows, reason, index, current, fmt, formatScore,
      addRow: () => rows.value.push({ key: nextKey++, clause: '', count: null }),
      removeRow: (row) => { rows.value = rows.value.filter((r) => r !== row); },
    };
  },
  template: `
    <div class="objection-page">
      <task-frame :task="task" :loading="loading" :load-error="loadError" @retry="load">
        <a-alert v-if="!objection" type="warning" show-icon :message="t('quarter.objections.notFound')" />
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
              <score-card-view :card="assessment && assessment.scores.final" id-prefix="objection-card-final" :secondaries="false" />
            </a-card>
          </a-col>
        </a-row>
      </task-frame>
    </div>`,
};
