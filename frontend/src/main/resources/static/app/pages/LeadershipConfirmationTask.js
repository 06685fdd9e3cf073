// 领导小组认定: self vs reviewed scores per indicator, bonuses with their caps, vetoes (rules 89–97) with reasons;
// approve (which locks the result) or return to one department.
import { api } from '../api.js';
import { debounce, formatScore, formatDelta, formatAmount, parseFieldPath } from '../format.js';
import { bonusCap, standardOf } from '../quarter.js';
import ScoreCardView from './ScoreCardView.js';
import TaskHeader from './TaskHeader.js';
import EvidenceFiles from './EvidenceFiles.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount, h } = Vue;
const { useI18n } = VueI18n;

const num = (v) => (v === null || v === undefined ? null : Number(v));

export default {
  name: 'LeadershipConfirmationTask',
  components: { ScoreCardView, TaskHeader, EvidenceFiles },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t, te } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const evidence = ref([]);
    const bonuses = ref([]); // { rule, indicator, declared, endorsed, start, points, reason, note }
    const vetoes = reactive({}); // rule → { on, reason }
    const decision = ref('approve');
    const department = ref(null);
    const comment = ref('');
    const card = ref(null);
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);

    const departments = computed(() => (standard.value ? [...new Set(standard.value.primaries.map((p) => p.department).filter(Boolean))] : []));
    const comparison = computed(() => {
      const self = (assessment.value && assessment.value.scores.self) || { indicators: [] };
      const reviewed = (assessment.value && assessment.value.scores.reviewed) || { indicators: [] };
      const byName = (c) => Object.fromEntries((c.indicators || []).map((p) => [p.name, p]));
      const s = byName(self);
      const r = byName(reviewed);
      return (standard.value ? standard.value.primaries : []).map((p) => ({
        name: p.name, max: p.points, department: p.department,
        self: s[p.name] ? s[p.name].score : null, reviewed: r[p.name] ? r[p.name].score : null,
        preview: card.value ? (card.value.indicators.find((x) => x.name === p.name) || {}).score : null,
        bonus: card.value ? (card.value.indicators.find((x) => x.name === p.name) || {}).bonus : null,
      }));
    });
    const changed = (b) => Number(b.points) !== b.start;
    const capOf = (b) => bonusCap(standard.value, standard.value.bonus.rules.find((r) => r.number === b.rule), b.indicator);
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    function request() {
      const findings = assessment.value.findings.filter((f) => f.reviewedCount > 0).map((f) => ({ clause: f.clause, count: f.reviewedCount }));
      const bonusList = bonuses.value.filter((b) => Number(b.points) > 0).map((b) => ({ rule: b.rule, indicator: b.indicator, points: Number(b.points) }));
      const vetoList = Object.entries(vetoes).filter(([, v]) => v.on).map(([rule]) => Number(rule));
      return { standard: assessment.value.standardCode, findings, bonuses: bonusList, vetoes: vetoList };
    }
    async function preview() {
      try {
        card.value = await api.preview(request());
      } catch (ignored) {
        // inputs are validated before sending
      }
    }
    const schedulePreview = debounce(preview, 300);
    onBeforeUnmount(() => schedulePreview.cancel());

    async function load() {
      loading.value = true;
      try {
        assessment.value = await api.assessment(props.task.assessmentId);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        bonuses.value = assessment.value.bonuses.map((b) => {
          const start = num(b.confirmed) ?? num(b.endorsed) ?? num(b.declared);
          return { rule: b.rule, indicator: b.indicator, declared: num(b.declared), endorsed: num(b.endorsed), start, points: start, reason: '', note: b.note, adjustNote: b.adjustNote };
        });
        for (const rule of (standard.value.veto && standard.value.veto.rules) || []) vetoes[rule.number] = { on: false, reason: '' };
        for (const v of assessment.value.vetoes) vetoes[v.rule] = { on: true, reason: v.reason || '' };
        evidence.value = await api.evidence(props.task.assessmentId).catch(() => []);
        await preview();
        watch([bonuses, vetoes], () => schedulePreview(), { deep: true });
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    function validate() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      formError.value = null;
      if (decision.value === 'return') {
        if (!department.value) fieldErrors.department = t('quarter.confirm.pickDepartment');
        if (!comment.value.trim()) fieldErrors.comment = t('quarter.commentRequired');
      } else {
        bonuses.value.forEach((b, i) => {
          if (b.points === null || b.points === undefined || b.points === '') fieldErrors['bonus:' + i] = t('quarter.bonus.zeroOrMore');
          else if (changed(b) && !b.reason.trim()) fieldErrors['bonus:' + i] = t('quarter.reasonRequired');
        });
        for (const [rule, v] of Object.entries(vetoes)) {
          if (v.on && !v.reason.trim()) fieldErrors['veto:' + rule] = t('quarter.confirm.vetoReason');
        }
      }
      if (Object.keys(fieldErrors).length) formError.value = t('quarter.fixErrors');
      return !formError.value;
    }

    function body() {
      if (decision.value === 'return') return { decision: 'return', department: department.value, comment: comment.value.trim() };
      const adjusted = bonuses.value.map((b, i) => ({ b, i })).filter(({ b }) => changed(b));
      const vetoList = Object.entries(vetoes).filter(([, v]) => v.on).map(([rule, v]) => ({ rule: Number(rule), reason: v.reason.trim() }));
      const form = { decision: 'approve', vetoes: vetoList, bonuses: adjusted.map(({ b }) => ({ rule: b.rule, indicator: b.indicator, points: Number(b.points), note: b.reason.trim() })) };
      if (comment.value.trim()) form.comment = comment.value.trim();
      return { ...form, _adjusted: adjusted.map(({ i }) => i), _vetoes: vetoList.map((v) => v.rule) };
    }

    async function submit() {
      if (!validate()) return;
      await preview();
      const { _adjusted, _vetoes, ...form } = body();
      const approve = decision.value === 'approve';
      antd.Modal.confirm({
        title: approve ? t('quarter.confirm.confirmApprove') : t('quarter.confirm.confirmReturn', { department: departmentName(department.value) }),
        content: h('div', { id: 'confirm-content' }, approve ? [
          h('p', t('quarter.confirm.finalTotal', { total: formatScore(card.value && card.value.totalScore), grade: card.value ? card.value.grade : '' })),
          _vetoes.length ? h('p', t('quarter.confirm.vetoed', { rules: _vetoes.join(', ') })) : null,
          h('p', { class: 'lock-warning' }, t('quarter.confirm.lockWarning')),
        ] : [h('p', t('quarter.confirm.returnNote'))]),
        okText: approve ? t('quarter.confirm.approveAndLock') : t('quarter.return'),
        okButtonProps: approve ? {} : { danger: true },
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', approve ? 'quarter.confirm.approved' : 'quarter.confirm.returned');
          } catch (e) {
            const path = e.status === 400 ? parseFieldPath(e.field) : null;
            if (path && path.list === 'vetoes' && _vetoes[path.index] !== undefined) fieldErrors['veto:' + _vetoes[path.index]] = e.detail || e.message;
            else if (path && path.list === 'bonuses' && _adjusted && _adjusted[path.index] !== undefined) fieldErrors['bonus:' + _adjusted[path.index]] = e.detail || e.message;
            else if (e.field === 'department' || e.field === 'comment') fieldErrors[e.field] = e.detail || e.message;
            formError.value = e.detail || e.message;
          } finally {
            busy.value = false;
          }
        },
      });
    }

    return {
      t, loading, loadError, assessment, standard, bonuses, vetoes, decision, department, departments, departmentName, comment, card,
      fieldErrors, formError, busy, comparison, changed, capOf, filesOf, submit, formatScore, formatDelta, formatAmount,
    };
  },
  template: `
    <div class="confirmation-page">
      <task-header :task="task" :assessment="assessment" />
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError" />
      <a-row v-else :gutter="[16, 16]">
        <a-col :xs="24" :lg="15">
          <a-card size="small" class="section-card" :title="t('quarter.confirm.compare')">
            <div class="table-scroll">
            <table class="indicator-table compare-table" id="compare-table">
              <thead><tr><th scope="col">{{ t('calculator.indicatorName') }}</th><th scope="col">{{ t('calculator.max') }}</th>
                <th scope="col">{{ t('quarter.confirm.self') }}</th><th scope="col">{{ t('quarter.confirm.reviewed') }}</th>
                <th scope="col">{{ t('quarter.confirm.difference') }}</th><th scope="col">{{ t('calculator.bonus') }}</th></tr></thead>
              <tbody>
                <tr v-for="row in comparison" :key="row.name" :data-indicator="row.name">
                  <th scope="row">{{ row.name }} <span class="muted hide-narrow">{{ departmentName(row.department) }}</span></th>
                  <td>{{ formatScore(row.max) }}</td><td class="self-score">{{ formatScore(row.self) }}</td>
                  <td class="reviewed-score" :class="{ diff: Number(row.self) !== Number(row.reviewed) }">{{ formatScore(row.reviewed) }}</td>
                  <td :class="{ worse: Number(row.reviewed) < Number(row.self) }">{{ row.self !== null && row.reviewed !== null && Number(row.self) !== Number(row.reviewed) ? formatDelta(Number(row.reviewed) - Number(row.self)) : '' }}</td>
                  <td>{{ Number(row.bonus) ? formatDelta(row.bonus) : '' }}</td>
                </tr>
                <tr class="total-row">
                  <th scope="row">{{ t('calculator.base') }}</th><td>100.00</td>
                  <td id="compare-self-total">{{ formatScore(assessment.scores.self && assessment.scores.self.baseScore) }}</td>
                  <td id="compare-reviewed-total">{{ formatScore(assessment.scores.reviewed && assessment.scores.reviewed.baseScore) }}</td><td></td><td></td>
                </tr>
              </tbody>
            </table>
            </div>
          </a-card>

          <a-card size="small" class="section-card" :title="t('quarter.confirm.bonuses')" id="confirm-bonuses">
            <p v-if="!bonuses.length" class="muted">{{ t('quarter.confirm.noBonus') }}</p>
            <div v-for="(b, i) in bonuses" :key="b.rule + '/' + b.indicator" class="finding-row" :class="{ changed: changed(b), 'has-error': fieldErrors['bonus:' + i] }" :data-bonus="b.rule">
              <div><span class="rule-no">{{ t('standard.rule', { n: b.rule }) }}</span><strong>{{ b.indicator || t('quarter.bonus.rule88') }}</strong>
                <a-tag color="green" class="push-gap">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(b)) }) }}</a-tag></div>
              <div class="finding-inputs no-indent branch-says">
                <span>{{ t('quarter.endorse.declared') }}：<strong>{{ formatAmount(b.declared) }}</strong></span>
                <span v-if="b.endorsed !== null">{{ t('quarter.endorse.endorsed') }}：<strong>{{ formatAmount(b.endorsed) }}</strong></span>
                <span v-if="b.note">{{ b.note }}</span><span v-if="b.adjustNote" class="muted">（{{ b.adjustNote }}）</span>
                <evidence-files :assessment-id="task.assessmentId" :bonus-rule="b.rule" :files="filesOf(b.rule)" />
              </div>
              <div class="finding-inputs no-indent">
                <label :for="'confirm-points-' + i" class="muted">{{ t('quarter.confirm.confirmedPoints') }}</label>
                <a-input-number :id="'confirm-points-' + i" v-model:value="b.points" :min="0" :precision="2" :step="0.1" class="bonus-points" />
                <a-input v-if="changed(b)" v-model:value="b.reason" class="note-input" :maxlength="2000" :placeholder="t('quarter.review.reason')" :aria-label="t('quarter.review.reason')" />
              </div>
              <div v-if="fieldErrors['bonus:' + i]" class="field-error" role="alert">{{ fieldErrors['bonus:' + i] }}</div>
            </div>
          </a-card>

          <a-card size="small" class="section-card" :title="t('quarter.confirm.vetoes')" id="confirm-vetoes" v-if="standard.veto">
            <p class="muted">{{ t('standard.vetoNote') }}</p>
            <div v-for="rule in standard.veto.rules" :key="rule.number" class="veto-row" :class="{ 'has-error': vetoes[rule.number].on && fieldErrors['veto:' + rule.number] }">
              <a-checkbox :id="'veto-' + rule.number" v-model:checked="vetoes[rule.number].on">
                <span class="rule-no">{{ t('standard.rule', { n: rule.number }) }}</span>{{ rule.itemText }}</a-checkbox>
              <div v-if="vetoes[rule.number].on" class="finding-inputs">
                <a-input v-model:value="vetoes[rule.number].reason" :id="'veto-reason-' + rule.number" class="note-input" :maxlength="2000"
                         :placeholder="t('quarter.confirm.vetoReason')" :aria-label="t('quarter.confirm.vetoReasonFor', { rule: rule.number })"
                         :status="fieldErrors['veto:' + rule.number] ? 'error' : undefined" />
              </div>
              <div v-if="vetoes[rule.number].on && fieldErrors['veto:' + rule.number]" class="field-error" role="alert">{{ fieldErrors['veto:' + rule.number] }}</div>
            </div>
          </a-card>

          <a-card size="small" class="section-card" :title="t('quarter.decision')">
            <a-radio-group v-model:value="decision" id="decision" :aria-label="t('quarter.decision')">
              <a-radio value="approve" id="decision-approve">{{ t('quarter.confirm.approve') }}</a-radio>
              <a-radio value="return" id="decision-return">{{ t('quarter.confirm.returnToDepartment') }}</a-radio>
            </a-radio-group>
            <div v-if="decision === 'return'" class="form-field">
              <label for="return-department" class="field-label">{{ t('quarter.department') }}</label>
              <a-select id="return-department" v-model:value="department" :placeholder="t('quarter.confirm.pickDepartment')" class="department-select"
                        :status="fieldErrors.department ? 'error' : undefined">
                <a-select-option v-for="d in departments" :key="d" :value="d">{{ departmentName(d) }}</a-select-option>
              </a-select>
              <div v-if="fieldErrors.department" class="field-error" role="alert">{{ fieldErrors.department }}</div>
            </div>
            <div class="form-field">
              <label for="confirm-comment" class="field-label">{{ t('quarter.comment') }}<span v-if="decision === 'return'" class="muted">（{{ t('quarter.required') }}）</span></label>
              <a-textarea id="confirm-comment" v-model:value="comment" :rows="2" :maxlength="2000" :status="fieldErrors.comment ? 'error' : undefined" />
              <div v-if="fieldErrors.comment" class="field-error" role="alert">{{ fieldErrors.comment }}</div>
            </div>
            <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
            <div class="toolbar actions">
              <a-button type="primary" :danger="decision === 'return'" :loading="busy" @click="submit" id="submit-task">
                {{ decision === 'approve' ? t('quarter.confirm.approve') : t('quarter.confirm.returnToDepartment') }}</a-button>
            </div>
          </a-card>
        </a-col>
        <a-col :xs="24" :lg="9">
          <div class="score-card-wrap">
            <a-card :title="t('quarter.confirm.expected')" size="small">
              <score-card-view :card="card" :grades="standard.grades" id-prefix="final-preview" :secondaries="false" />
            </a-card>
          </div>
        </a-col>
      </a-row>
    </div>`,
};
