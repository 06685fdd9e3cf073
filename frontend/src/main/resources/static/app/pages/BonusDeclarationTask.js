// 加分申报: rule 88 for the branch as a whole (cap 3), rules 85–87 against a primary indicator (cap 10 % of its
// points), each with a note and evidence; the expected total previewed; draft, or submit (none = no bonus).
import { formatScore, formatAmount, parseFieldPath } from '../format.js';
import { bonusCapOf } from '../quarter.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import LiveScoreCard from '../components/LiveScoreCard.js';
import TaskFrame from '../components/TaskFrame.js';
import EvidenceFiles from '../components/EvidenceFiles.js';

const { ref, reactive, computed } = Vue;

const filled = (v) => v !== null && v !== undefined && v !== '';

export default {
  name: 'BonusDeclarationTask',
  components: { LiveScoreCard, TaskFrame, EvidenceFiles },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const rows = ref([]); // rules 85–87: { key, rule, indicator, points, note }
    const assessmentRow = reactive({ points: null, note: '' }); // rule 88
    let nextKey = 1;
    let keys = []; // per bonus of the last body: the input it came from

    function body() {
      const bonuses = [];
      keys = [];
      for (const row of rows.value) {
        const entry = { rule: row.rule, indicator: row.indicator, points: filled(row.points) ? Number(row.points) : null };
        if (row.note.trim()) entry.note = row.note.trim();
        bonuses.push(entry);
        keys.push('row:' + row.key);
      }
      if (rule88.value && filled(assessmentRow.points)) {
        const entry = { rule: rule88.value.number, points: Number(assessmentRow.points) };
        if (assessmentRow.note.trim()) entry.note = assessmentRow.note.trim();
        bonuses.push(entry);
        keys.push('rule88');
      }
      return { bonuses };
    }

    const form = useTaskForm(props, emit, {
      fill(assessment) {
        for (const b of assessment.bonuses) {
          if (rule88.value && b.rule === rule88.value.number) {
            assessmentRow.points = Number(b.declared);
            assessmentRow.note = b.note || '';
          } else {
            rows.value.push({ key: nextKey++, rule: b.rule, indicator: b.indicator, points: Number(b.declared), note: b.note || '' });
          }
        }
      },
      preview() {
        const a = form.assessment.value;
        const findings = a.findings.filter((f) => f.reviewedCount > 0).map((f) => ({ clause: f.clause, count: f.reviewedCount }));
        const bonuses = body().bonuses.filter((b) => b.points > 0 && b.rule && (b.rule === (rule88.value && rule88.value.number) || b.indicator))
          .map(({ rule, indicator, points }) => ({ rule, indicator, points }));
        return { findings, bonuses };
      },
      watch: () => [rows, assessmentRow],
      body,
      validate() {
        form.clearErrors();
        const t = form.t;
        const seen = new Set();
        for (const row of rows.value) {
          const key = 'row:' + row.key;
          if (!row.rule || !row.indicator) form.fieldErrors[key] = t('quarter.bonus.pickRule');
          else if (!filled(row.points) || Number(row.points) <= 0) form.fieldErrors[key] = t('quarter.bonus.positive');
          else if (seen.has(row.rule + '/' + row.indicator)) form.fieldErrors[key] = t('quarter.bonus.duplicate');
          seen.add(row.rule + '/' + row.indicator);
        }
        if (filled(assessmentRow.points) && Number(assessmentRow.points) <= 0) form.fieldErrors.rule88 = t('quarter.bonus.positive');
        return Object.keys(form.fieldErrors).length === 0;
      },
      placeError(e) {
        const path = parseFieldPath(e.field);
        return path && path.list === 'bonuses' && keys[path.index] ? keys[path.index] : null;
      },
      confirm(sent) {
        const t = form.t;
        const card = form.card.value;
        const declared = sent.bonuses.reduce((sum, b) => sum + Number(b.points), 0);
        return {
          title: t('quarter.bonus.confirmTitle'),
          lines: [
            sent.bonuses.length
              ? t('quarter.bonus.confirmDeclared', { n: sent.bonuses.length, points: formatAmount(Math.round(declared * 100) / 100) })
              : t('quarter.bonus.confirmNone'),
            card ? t('quarter.bonus.confirmTotal', { bonus: formatScore(card.bonusScore), total: formatScore(card.totalScore) }) : null,
            Vue.h('p', { class: 'muted' }, t('quarter.bonus.confirmNote')),
          ],
          done: 'quarter.bonus.submitted',
        };
      },
    });
    const { standard, evidence, card } = form;

    const bonusRules = computed(() => (standard.value && standard.value.bonus ? standard.value.bonus.rules : []));
    const indicatorRules = computed(() => bonusRules.value.filter((r) => r.scope === 'INDICATOR'));
    const rule88 = computed(() => bonusRules.value.find((r) => r.scope === 'ASSESSMENT') || null);
    const capOf = (rule, indicator) => bonusCapOf(card.value, rule, indicator);
    /** Per indicator with a claim: what the preview scored as claimed against the engine's cap. */
    const capSummary = computed(() => ((card.value && card.value.bonusCaps) || []).filter((c) => c.indicator && Number(c.claimed) > 0));

    function addRow() {
      rows.value.push({ key: nextKey++, rule: indicatorRules.value[0].number, indicator: null, points: null, note: '' });
    }
    function removeRow(row) {
      rows.value = rows.value.filter((r) => r !== row);
    }
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    return {
      ...form, rows, assessmentRow, indicatorRules, rule88, capOf, capSummary, addRow, removeRow, filesOf, formatScore, formatAmount,
    };
  },
  template: `
    <div class="bonus-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
        <a-row :gutter="[16, 16]">
          <a-col :xs="24" :lg="15">
            <p class="muted">{{ t('quarter.bonus.intro') }}</p>
            <a-card v-if="rule88" size="small" class="section-card" id="bonus-rule88" :class="{ 'has-error': fieldErrors.rule88 }">
              <template #title>{{ t('standard.rule', { n: rule88.number }) }} · {{ t('quarter.bonus.rule88') }}</template>
              <p class="rule-text">{{ rule88.itemText }}</p>
              <p class="muted">{{ rule88.text }}</p>
              <div class="finding-inputs no-indent">
                <label for="bonus88-points" class="field-label inline">{{ t('calculator.bonusPoints') }}</label>
                <a-input-number id="bonus88-points" v-model:value="assessmentRow.points" :min="0" :max="capOf(rule88.number) ?? undefined" :precision="2" :step="0.5"
                                class="bonus-points" :status="fieldErrors.rule88 ? 'error' : undefined" />
                <a-tag v-if="capOf(rule88.number) !== null" color="green">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(rule88.number)) }) }}</a-tag>
                <a-input v-model:value="assessmentRow.note" id="bonus88-note" class="note-input" :maxlength="2000"
                         :placeholder="t('quarter.note')" :aria-label="t('quarter.bonus.noteFor', { rule: rule88.number })" />
                <evidence-files :assessment-id="task.assessmentId" :bonus-rule="rule88.number" :files="filesOf(rule88.number)" editable @uploaded="loadEvidence" />
              </div>
              <div v-if="fieldErrors.rule88" class="field-error" role="alert">{{ fieldErrors.rule88 }}</div>
            </a-card>
            <a-card size="small" class="section-card" id="bonus-indicator-rows">
              <template #title>{{ t('quarter.bonus.indicatorRules') }}</template>
              <p class="muted">{{ t('quarter.bonus.indicatorIntro') }}</p>
              <div v-for="(row, i) in rows" :key="row.key" class="bonus-row finding-row" :class="{ 'has-error': fieldErrors['row:' + row.key] }" :data-row="i">
                <div class="bonus-fields">
                  <a-select v-model:value="row.rule" :aria-label="t('calculator.bonusRule')" class="bonus-rule" :id="'bonus-rule-' + i">
                    <a-select-option v-for="r in indicatorRules" :key="r.number" :value="r.number" :title="r.itemText">{{ t('standard.rule', { n: r.number }) }}</a-select-option>
                  </a-select>
                  <a-select v-model:value="row.indicator" :aria-label="t('calculator.indicator')" :placeholder="t('calculator.indicator')" class="bonus-indicator" :id="'bonus-indicator-' + i">
                    <a-select-option v-for="p in standard.primaries" :key="p.name" :value="p.name">{{ p.name }}</a-select-option>
                  </a-select>
                  <a-input-number v-model:value="row.points" :aria-label="t('calculator.bonusPoints')" :placeholder="t('calculator.bonusPoints')"
                                  :min="0" :precision="2" :step="0.1" class="bonus-points" :id="'bonus-points-' + i" />
                  <a-tag v-if="row.indicator && capOf(row.rule, row.indicator) !== null" color="green">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(row.rule, row.indicator)) }) }}</a-tag>
                  <a-button @click="removeRow(row)" :aria-label="t('quarter.bonus.remove', { n: i + 1 })">{{ t('calculator.removeBonus') }}</a-button>
                </div>
                <div class="muted rule-hint">{{ indicatorRules.find((r) => r.number === row.rule)?.itemText }}</div>
                <div class="finding-inputs no-indent">
                  <a-input v-model:value="row.note" class="note-input" :maxlength="2000" :placeholder="t('quarter.note')"
                           :aria-label="t('quarter.bonus.noteFor', { rule: row.rule })" :id="'bonus-note-' + i" />
                  <evidence-files :assessment-id="task.assessmentId" :bonus-rule="row.rule" :files="filesOf(row.rule)" editable @uploaded="loadEvidence" />
                </div>
                <div v-if="fieldErrors['row:' + row.key]" class="field-error" role="alert">{{ fieldErrors['row:' + row.key] }}</div>
              </div>
              <a-button type="dashed" block @click="addRow" id="add-bonus">+ {{ t('calculator.addBonus') }}</a-button>
              <div v-if="capSummary.length" class="cap-summary">
                <a-tag v-for="c in capSummary" :key="c.indicator" :color="Number(c.awarded) < Number(c.claimed) ? 'orange' : 'default'">
                  {{ t('quarter.bonus.capUse', { indicator: c.indicator, sum: formatAmount(c.claimed), cap: formatAmount(c.cap) }) }}</a-tag>
              </div>
            </a-card>
            <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
            <div class="toolbar actions">
              <a-button @click="saveDraft" :loading="busy" id="save-draft">{{ t('quarter.saveDraft') }}</a-button>
              <a-button type="primary" @click="submit" :loading="busy" id="submit-task">
                {{ rows.length || assessmentRow.points ? t('quarter.bonus.submit') : t('quarter.bonus.submitNone') }}</a-button>
            </div>
          </a-col>
          <a-col :xs="24" :lg="9">
            <live-score-card :title="t('quarter.bonus.scoreCard')" :card="card" :previewing="previewing" id-prefix="bonus-card" :secondaries="false" />
          </a-col>
        </a-row>
      </task-frame>
    </div>`,
};
