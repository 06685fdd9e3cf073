// 加分申报: rule 88 for the branch as a whole (cap 3), rules 85–87 against a primary indicator (cap 10 % of its
// points), each with a note and evidence; the expected total previewed; draft, or submit (none = no bonus).
import { api } from '../api.js';
import { debounce, formatScore, formatAmount, parseFieldPath } from '../format.js';
import { bonusCap, standardOf } from '../quarter.js';
import ScoreCardView from './ScoreCardView.js';
import TaskHeader from './TaskHeader.js';
import EvidenceFiles from './EvidenceFiles.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount, h } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'BonusDeclarationTask',
  components: { ScoreCardView, TaskHeader, EvidenceFiles },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const evidence = ref([]);
    const rows = ref([]); // rules 85–87: { key, rule, indicator, points, note }
    const assessmentRow = reactive({ points: null, note: '' }); // rule 88
    const card = ref(null);
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    let nextKey = 1;

    const indicatorRules = computed(() => (standard.value && standard.value.bonus ? standard.value.bonus.rules.filter((r) => r.scope === 'INDICATOR') : []));
    const rule88 = computed(() => (standard.value && standard.value.bonus ? standard.value.bonus.rules.find((r) => r.scope === 'ASSESSMENT') : null));
    const ruleOf = (n) => standard.value.bonus.rules.find((r) => r.number === n);
    const capOf = (row) => bonusCap(standard.value, ruleOf(row.rule), row.indicator);
    const filled = (v) => v !== null && v !== undefined && v !== '';

    /** Per indicator: declared sum vs the cap, for the caps summary. */
    const capSummary = computed(() => {
      const out = {};
      for (const row of rows.value) {
        if (!row.indicator || !filled(row.points)) continue;
        const entry = out[row.indicator] || (out[row.indicator] = { indicator: row.indicator, sum: 0, cap: capOf(row) });
        entry.sum += Number(row.points);
      }
      return Object.values(out);
    });

    function body() {
      const bonuses = [];
      const keys = [];
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
      return { form: { bonuses }, keys };
    }

    function validate() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      const seen = new Set();
      for (const row of rows.value) {
        const key = 'row:' + row.key;
        if (!row.rule || !row.indicator) fieldErrors[key] = t('quarter.bonus.pickRule');
        else if (!filled(row.points) || Number(row.points) <= 0) fieldErrors[key] = t('quarter.bonus.positive');
        else if (seen.has(row.rule + '/' + row.indicator)) fieldErrors[key] = t('quarter.bonus.duplicate');
        seen.add(row.rule + '/' + row.indicator);
      }
      if (filled(assessmentRow.points) && Number(assessmentRow.points) <= 0) fieldErrors.rule88 = t('quarter.bonus.positive');
      return Object.keys(fieldErrors).length === 0;
    }

    function showServerError(e, keys) {
      const path = e.status === 400 ? parseFieldPath(e.field) : null;
      if (path && path.list === 'bonuses' && keys[path.index]) {
        fieldErrors[keys[path.index]] = e.detail || e.message;
        return true;
      }
      return false;
    }

    async function preview() {
      if (!assessment.value) return;
      const findings = assessment.value.findings.filter((f) => f.reviewedCount > 0).map((f) => ({ clause: f.clause, count: f.reviewedCount }));
      const { form } = body();
      const bonuses = form.bonuses.filter((b) => b.points > 0 && b.rule && (b.rule === (rule88.value && rule88.value.number) || b.indicator))
        .map(({ rule, indicator, points }) => ({ rule, indicator, points }));
      try {
        card.value = await api.preview({ standard: assessment.value.standardCode, findings, bonuses });
      } catch (ignored) {
        // validated before sending; the card keeps its last value
      }
    }
    const schedulePreview = debounce(preview, 300);
    onBeforeUnmount(() => schedulePreview.cancel());

    async function loadEvidence() {
      evidence.value = await api.evidence(props.task.assessmentId).catch(() => []);
    }

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        assessment.value = await api.assessment(props.task.assessmentId);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        for (const b of assessment.value.bonuses) {
          if (rule88.value && b.rule === rule88.value.number) {
            assessmentRow.points = Number(b.declared);
            assessmentRow.note = b.note || '';
          } else {
            rows.value.push({ key: nextKey++, rule: b.rule, indicator: b.indicator, points: Number(b.declared), note: b.note || '' });
          }
        }
        await Promise.all([preview(), loadEvidence()]);
        watch([rows, assessmentRow], () => schedulePreview(), { deep: true });
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    function addRow() {
      rows.value.push({ key: nextKey++, rule: indicatorRules.value[0].number, indicator: null, points: null, note: '' });
    }
    function removeRow(row) {
      rows.value = rows.value.filter((r) => r !== row);
    }
    const filesOf = (rule) => evidence.value.filter((f) => f.bonusRule === rule);

    async function saveDraft() {
      if (!validate()) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      const { form, keys } = body();
      busy.value = true;
      formError.value = null;
      try {
        await api.saveDraft(props.task.id, form);
        antd.message.success(t('quarter.draftSaved'));
      } catch (e) {
        if (!showServerError(e, keys)) formError.value = e.detail || e.message;
      } finally {
        busy.value = false;
      }
    }

    async function submit() {
      formError.value = null;
      if (!validate()) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      const { form, keys } = body();
      await preview();
      const declared = form.bonuses.reduce((s, b) => s + Number(b.points), 0);
      antd.Modal.confirm({
        title: t('quarter.bonus.confirmTitle'),
        content: h('div', { id: 'confirm-content' }, [
          h('p', form.bonuses.length
            ? t('quarter.bonus.confirmDeclared', { n: form.bonuses.length, points: formatAmount(Math.round(declared * 100) / 100) })
            : t('quarter.bonus.confirmNone')),
          card.value ? h('p', t('quarter.bonus.confirmTotal', { bonus: formatScore(card.value.bonusScore), total: formatScore(card.value.totalScore) })) : null,
          h('p', { class: 'muted' }, t('quarter.bonus.confirmNote')),
        ]),
        okText: t('quarter.submit'),
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', 'quarter.bonus.submitted');
          } catch (e) {
            if (!showServerError(e, keys)) formError.value = e.detail || e.message;
            else formError.value = t('quarter.fixErrors');
          } finally {
            busy.value = false;
          }
        },
      });
    }

    return {
      t, loading, loadError, assessment, standard, rows, assessmentRow, card, fieldErrors, formError, busy, indicatorRules,
      rule88, capOf, capSummary, addRow, removeRow, filesOf, loadEvidence, saveDraft, submit, formatScore, formatAmount,
    };
  },
  template: `
    <div class="bonus-page">
      <task-header :task="task" :assessment="assessment" />
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError" />
      <a-row v-else :gutter="[16, 16]">
        <a-col :xs="24" :lg="15">
          <p class="muted">{{ t('quarter.bonus.intro') }}</p>
          <a-card v-if="rule88" size="small" class="section-card" id="bonus-rule88" :class="{ 'has-error': fieldErrors.rule88 }">
            <template #title>{{ t('standard.rule', { n: rule88.number }) }} · {{ t('quarter.bonus.rule88') }}</template>
            <p class="rule-text">{{ rule88.itemText }}</p>
            <p class="muted">{{ rule88.text }}</p>
            <div class="finding-inputs no-indent">
              <label for="bonus88-points" class="field-label inline">{{ t('calculator.bonusPoints') }}</label>
              <a-input-number id="bonus88-points" v-model:value="assessmentRow.points" :min="0" :max="rule88.cap" :precision="2" :step="0.5"
                              class="bonus-points" :status="fieldErrors.rule88 ? 'error' : undefined" />
              <a-tag color="green">{{ t('quarter.bonus.cap', { cap: formatAmount(rule88.cap) }) }}</a-tag>
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
                <a-tag v-if="row.indicator" color="green">{{ t('quarter.bonus.cap', { cap: formatAmount(capOf(row)) }) }}</a-tag>
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
              <a-tag v-for="c in capSummary" :key="c.indicator" :color="c.sum > c.cap ? 'orange' : 'default'">
                {{ t('quarter.bonus.capUse', { indicator: c.indicator, sum: formatAmount(Math.round(c.sum * 100) / 100), cap: formatAmount(c.cap) }) }}</a-tag>
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
          <div class="score-card-wrap">
            <a-card :title="t('quarter.bonus.scoreCard')" size="small">
              <score-card-view :card="card" :grades="standard.grades" id-prefix="bonus-card" :secondaries="false" />
            </a-card>
          </div>
        </a-col>
      </a-row>
    </div>`,
};
