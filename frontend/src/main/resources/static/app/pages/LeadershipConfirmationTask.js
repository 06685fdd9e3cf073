// 领导小组认定: self vs reviewed scores per indicator, bonuses with their caps, vetoes (rules 89–97) with reasons;
// approve (which locks the result) or return to one department. Opened from the summary (领导小组认定汇总), it offers
// 上一个 / 下一个 in the summary's order and goes straight on to the next after a completion (docs/scale.md).
import { formatScore, formatDelta, formatAmount, parseFieldPath } from '../format.js';
import { bonusCapOf } from '../quarter.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import LiveScoreCard from '../components/LiveScoreCard.js';
import DecisionCard from '../components/DecisionCard.js';
import TaskFrame from '../components/TaskFrame.js';
import EvidenceFiles from '../components/EvidenceFiles.js';
import RepeatedDeductions from '../components/RepeatedDeductions.js';
import ConfirmationRunBar from '../components/ConfirmationRunBar.js';
import { useConfirmationRun } from '../composables/useConfirmationRun.js';

const { ref, reactive, computed } = Vue;

const num = (v) => (v === null || v === undefined ? null : Number(v));

export default {
  name: 'LeadershipConfirmationTask',
  components: { LiveScoreCard, DecisionCard, TaskFrame, EvidenceFiles, RepeatedDeductions, ConfirmationRunBar },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const bonuses = ref([]); // { rule, indicator, declared, endorsed, start, points, reason, note }
    const vetoes = reactive({}); // rule → { on, reason }
    const decision = ref('approve');
    const department = ref(null);
    const comment = ref('');
    const changed = (b) => Number(b.points) !== b.start;
    let sentBonuses = []; // per bonus of the last body: its row
    let sentVetoes = []; // per veto of the last body: its rule

    function body() {
      if (decision.value === 'return') return { decision: 'return', department: department.value, comment: comment.value.trim() };
      const adjusted = bonuses.value.map((b, i) => ({ b, i })).filter(({ b }) => changed(b));
      const vetoList = Object.entries(vetoes).filter(([, v]) => v.on).map(([rule, v]) => ({ rule: Number(rule), reason: v.reason.trim() }));
      sentBonuses = adjusted.map(({ i }) => i);
      sentVetoes = vetoList.map((v) => v.rule);
      const out = { decision: 'approve', vetoes: vetoList, bonuses: adjusted.map(({ b }) => ({ rule: b.rule, indicator: b.indicator, points: Number(b.points), note: b.reason.trim() })) };
      if (comment.value.trim()) out.comment = comment.value.trim();
      return out;
    }

    const run = Vue.reactive(useConfirmationRun(() => props.task.id));
    // in the run a completion goes on to the next confirmation (after the same confirmation dialog) instead of the list
    const done = (event, messageKey) => {
      if (event === 'done' && run.active) {
        antd.message.success(form.t(messageKey || 'quarter.taskDone'));
        run.afterDone();
      } else {
        emit(event, messageKey);
      }
    };
    const form = useTaskForm(props, done, {
      fill(assessment, standard) {
        bonuses.value = assessment.bonuses.map((b) => {
          const start = num(b.confirmed) ?? num(b.endorsed) ?? num(b.declared);
          return { rule: b.rule, indicator: b.indicator, declared: num(b.declared), endorsed: num(b.endorsed), start, points: start, reason: '', note: b.note, adjustNote: b.adjustNote };
        });
        for (const rule of (standard.veto && standard.veto.rules) || []) vetoes[rule.number] = { on: false, reason: '' };
        for (const v of assessment.vetoes) vetoes[v.rule] = { on: true, reason: v.reason || '' };
      },
      preview() {
        const findings = form.assessment.value.findings.filter((f) => f.reviewedCount > 0).map((f) => ({ clause: f.clause, count: f.reviewedCount }));
        const bonusList = bonuses.value.filter((b) => Number(b.points) > 0).map((b) => ({ rule: b.rule, indicator: b.indicator, points: Number(b.points) }));
        const vetoList = Object.entries(vetoes).filter(([, v]) => v.on).map(([rule]) => Number(rule));
        return { findings, bonuses: bonusList, vetoes: vetoList };
      },
      watch: () => [bonuses, vetoes],
      body,
      validate() {
        form.clearErrors();
        const t = form.t;
        const errors = form.fieldErrors;
        if (decision.value === 'return') {
          if (!department.value) errors.department = t('quarter.confirm.pickDepartment');
          if (!comment.value.trim()) errors.comment = t('quarter.commentRequired');
        } else {
          bonuses.value.forEach((b, i) => {
            if (b.points === null || b.points === undefined || b.points === '') errors['bonus:' + i] = t('quarter.bonus.zeroOrMore');
            else if (changed(b) && !b.reason.trim()) errors['bonus:' + i] = t('quarter.reasonRequired');
          });
          for (const [rule, v] of Object.entries(vetoes)) {
            if (v.on && !v.reason.trim()) errors['veto:' + rule] = t('quarter.confirm.vetoReason');
          }
        }
        return Object.keys(errors).length === 0;
      },
      placeError(e) {
        const path = parseFieldPath(e.field);
        if (path && path.list === 'vetoes' && sentVetoes[path.index] !== undefined) return 'veto:' + sentVetoes[path.index];
        if (path && path.list === 'bonuses' && sentBonuses[path.index] !== undefined) return 'bonus:' + sentBonuses[path.index];
        return e.field === 'department' || e.field === 'comment' ? e.field : null;
      },
      confirm(sent) {
        const t = form.t;
        const card = form.card.value;
        const approve = sent.decision === 'approve';
        return {
          title: approve ? t('quarter.confirm.confirmApprove') : t('quarter.confirm.confirmReturn', { department: form.departmentName(department.value) }),
          lines: approve ? [
            t('quarter.confirm.finalTotal', { total: formatScore(card && card.totalScore), grade: card ? card.grade : '' }),
            sent.vetoes.length ? t('quarter.confirm.vetoed', { rules: sent.vetoes.map((v) => v.rule).join(', ') }) : null,
            Vue.h('p', { class: 'lock-warning' }, t('quarter.confirm.lockWarning')),
          ] : [t('quarter.confirm.returnNote')],
          okText: approve ? t('quarter.confirm.approveAndLock') : t('quarter.return'),
          danger: !approve,
          done: approve ? 'quarter.confirm.approved' : 'quarter.confirm.returned',
        };
      },
    });
    const { assessment, standard, evidence, card } = form;

    const departments = computed(() => (standard.value ? [...new Set(standard.value.primaries.map((p) => p.department).filter(Boolean))] : []));
    const comparison = computed(() => {
      const byName = (c) => Object.fromEntries(((c && c.indicators) || []).map((p) => [p.name, p]));
      const s = byName(assessment.value && assessment.value.scores.self);
      const r = byName(assessment.value && assessment.value.scores.reviewed);
      const c = byName(card.value);
      return (standard.value ? standard.value.primaries : []).map((p) => ({
        name: p.name, max: p.points, department: p.department,
        self: s[p.name] ? s[p.name].score : null, reviewed: r[p.name] ? r[p.name].score : null,
        bonus: c[p.name] ? c[p.name].bonus : null,
      }));
    });
    const capOf = (b) => bonusCapOf(card.value, b.rule, b.indicator);
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    return {
      ...form, run, bonuses, vetoes, decision, department, departments, comment, comparison, changed, capOf, filesOf,
      formatScore, formatDelta, formatAmount,
    };
  },
  template: `
    <div class="confirmation-page">
      <confirmation-run-bar v-if="run.active" :run="run" />
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <a-row :gutter="[16, 16]">
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

            <repeated-deductions :items="assessment.repeatedDeductions || []" />

            <a-card size="small" class="section-card" :title="t('quarter.confirm.bonuses')" id="confirm-bonuses">
              <p v-if="!bonuses.length" class="muted">{{ t('quarter.confirm.noBonus') }}</p>
              <div v-for="(b, i) in bonuses" :key="b.rule + '/' + b.indicator" class="finding-row" :class="{ changed: changed(b), 'has-error': fieldErrors['bonus:' + i] }" :data-bonus="b.rule">
                <div><span class="rule-no">{{ t('standard.rule', { n: b.rule }) }}</span><strong>{{ b.indicator || t('quarter.bonus.rule88') }}</strong>
                  <a-tag v-if="capOf(b) !== null" color="green" class="push-gap">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(b)) }) }}</a-tag></div>
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

            <decision-card v-model:decision="decision" v-model:comment="comment" comment-id="confirm-comment"
                           :approve-label="t('quarter.confirm.approve')" :submit-approve-label="t('quarter.confirm.approve')"
                           :return-label="t('quarter.confirm.returnToDepartment')" :submit-return-label="t('quarter.confirm.returnToDepartment')"
                           :comment-error="fieldErrors.comment" :form-error="formError" :busy="busy" @submit="submit">
              <div v-if="decision === 'return'" class="form-field">
                <label for="return-department" class="field-label">{{ t('quarter.department') }}</label>
                <a-select id="return-department" v-model:value="department" :placeholder="t('quarter.confirm.pickDepartment')" class="department-select"
                          :status="fieldErrors.department ? 'error' : undefined">
                  <a-select-option v-for="d in departments" :key="d" :value="d">{{ departmentName(d) }}</a-select-option>
                </a-select>
                <div v-if="fieldErrors.department" class="field-error" role="alert">{{ fieldErrors.department }}</div>
              </div>
            </decision-card>
          </a-col>
          <a-col :xs="24" :lg="9">
            <live-score-card :title="t('quarter.confirm.expected')" :card="card" :previewing="previewing" id-prefix="final-preview" :secondaries="false" />
          </a-col>
        </a-row>
      </task-frame>
    </div>`,
};
