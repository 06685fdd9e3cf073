// 评分模拟: enter clause counts, bonuses and vetoes; the score card is previewed by the server as you type.
import { activeStandard } from '../standards.js';
import { formatScore, formatAmount, parseFieldPath } from '../format.js';
import { formValue, countOf, bonusCapOf } from '../quarter.js';
import { clauseIndex, clausesOf, someClause } from '../standardTree.js';
import { usePreview } from '../composables/usePreview.js';
import ClauseTree from '../components/ClauseTree.js';
import ClauseLabel from '../components/ClauseLabel.js';
import CountInput from '../components/CountInput.js';
import ScoreCardView from '../components/ScoreCardView.js';
import GradeTag from '../components/GradeTag.js';

const { ref, reactive, computed, watch, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'CalculatorPage',
  components: { ClauseTree, ClauseLabel, CountInput, ScoreCardView, GradeTag },
  setup() {
    const { t } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const standard = ref(null);
    const openPanels = ref([]);
    const filter = ref('');

    // the form: clause id → count (PER_UNIT) or true/false (other kinds)
    const counts = reactive({});
    const bonusRows = ref([]); // rules 85–87: { key, rule, indicator, points }
    const rule88 = ref(null);
    const vetoes = reactive({}); // rule number → true/false
    let nextBonusKey = 1;

    const previewError = ref(null); // { message, detail } for errors not tied to one input
    const fieldErrors = reactive({}); // input key → the server's message

    const indicatorBonusRules = computed(() =>
      standard.value && standard.value.bonus ? standard.value.bonus.rules.filter((r) => r.scope === 'INDICATOR') : []);
    const assessmentBonusRule = computed(() =>
      standard.value && standard.value.bonus ? standard.value.bonus.rules.find((r) => r.scope === 'ASSESSMENT') : null);

    /** The preview request and, per list entry, the key of the input it came from (to place a 400 next to it). */
    function buildRequest() {
      const request = { standard: standard.value.code, version: standard.value.version, findings: [], bonuses: [], vetoes: [] };
      const keys = { findings: [], bonuses: [], vetoes: [] };
      for (const [clause, value] of Object.entries(counts)) {
        if (countOf(value) !== 0) {
          request.findings.push({ clause, count: countOf(value) });
          keys.findings.push('clause:' + clause);
        }
      }
      const filled = (v) => v !== null && v !== undefined && v !== '';
      for (const row of bonusRows.value) {
        if (filled(row.points)) {
          request.bonuses.push({ rule: row.rule, indicator: row.indicator, points: Number(row.points) });
          keys.bonuses.push('bonus:' + row.key);
        }
      }
      if (assessmentBonusRule.value && filled(rule88.value)) {
        request.bonuses.push({ rule: assessmentBonusRule.value.number, points: Number(rule88.value) });
        keys.bonuses.push('bonus:assessment');
      }
      for (const [rule, on] of Object.entries(vetoes)) {
        if (on) {
          request.vetoes.push(Number(rule));
          keys.vetoes.push('veto:' + rule);
        }
      }
      return { request, keys };
    }

    const clearErrors = () => Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
    let sentKeys = null;
    const { card, previewing, preview, schedulePreview } = usePreview(() => {
      const { request, keys } = buildRequest();
      sentKeys = keys;
      return request;
    }, {
      onScored() {
        previewError.value = null;
        clearErrors();
      },
      onError(e) {
        clearErrors();
        const path = e.status === 400 ? parseFieldPath(e.field) : null;
        const key = path && sentKeys[path.list] ? sentKeys[path.list][path.index] : null;
        if (key) {
          fieldErrors[key] = e.detail || e.message;
          previewError.value = null;
        } else {
          previewError.value = {
            message: e.status === 0 ? t('common.networkError') : t('calculator.unavailable'),
            detail: e.status === 0 ? null : (e.detail || e.message),
          };
        }
      },
    });
    watch([counts, bonusRows, rule88, vetoes], () => schedulePreview(), { deep: true });

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        const active = await activeStandard();
        standard.value = active && active.standard;
        if (standard.value) {
          for (const [id, place] of Object.entries(clauseIndex(standard.value))) {
            counts[id] = formValue(place.clause, null);
          }
          for (const rule of (standard.value.veto && standard.value.veto.rules) || []) {
            vetoes[rule.number] = false;
          }
          openPanels.value = [standard.value.primaries[0].name];
          await preview();
        }
      } catch (e) {
        loadError.value = e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    function addBonus() {
      const first = indicatorBonusRules.value[0];
      bonusRows.value.push({
        key: nextBonusKey++,
        rule: first ? first.number : null,
        indicator: standard.value.primaries[0].name,
        points: null,
      });
    }

    function removeBonus(row) {
      bonusRows.value = bonusRows.value.filter((r) => r !== row);
    }

    function reset() {
      for (const id of Object.keys(counts)) {
        counts[id] = typeof counts[id] === 'boolean' ? false : null;
      }
      for (const rule of Object.keys(vetoes)) {
        vetoes[rule] = false;
      }
      bonusRows.value = [];
      rule88.value = null;
    }

    /** How many inputs of a primary indicator are filled, for its panel header. */
    const filledIn = (primary) => clausesOf(primary).filter((c) => countOf(counts[c.id]) !== 0).length;

    function matches(clause, rule) {
      const q = filter.value.trim();
      return !q || clause.id.startsWith(q) || clause.text.includes(q) || rule.text.includes(q);
    }

    watch(filter, (q) => {
      if (q.trim() && standard.value) {
        openPanels.value = standard.value.primaries.filter((p) => someClause(p, matches)).map((p) => p.name);
      }
    });

    function toScoreCard() {
      const el = document.getElementById('score-card');
      if (el) {
        el.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    }

    const hasFieldErrors = computed(() => Object.keys(fieldErrors).length > 0);

    const rule88Cap = computed(() => (assessmentBonusRule.value ? bonusCapOf(card.value, assessmentBonusRule.value.number) : null));

    return {
      t, loading, loadError, standard, openPanels, filter, counts, bonusRows, rule88, vetoes, card, previewing,
      previewError, fieldErrors, hasFieldErrors, indicatorBonusRules, assessmentBonusRule, rule88Cap,
      load, toScoreCard, addBonus, removeBonus, reset, filledIn, matches, formatScore, formatAmount,
    };
  },
  template: `
    <div class="page calculator-page">
      <h1 class="page-title">{{ t('calculator.title') }}</h1>
      <p class="muted">{{ t('calculator.intro') }}</p>
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <a-empty v-else-if="!standard" :description="t('standard.noStandard')" />
      <a-row v-else :gutter="[16, 16]">
        <a-col :xs="24" :lg="14" class="calculator-form">
          <div class="toolbar">
            <a-input v-model:value="filter" allow-clear :placeholder="t('calculator.filter')" :aria-label="t('calculator.filter')" class="filter-input" />
            <a-button @click="reset">{{ t('calculator.reset') }}</a-button>
          </div>

          <h2 class="section-title">{{ t('calculator.deductions') }}</h2>
          <clause-tree :primaries="standard.primaries" v-model:open="openPanels" :clause-visible="matches">
            <template #header="{ primary }">
              <a-tag v-if="filledIn(primary)" color="red">{{ t('calculator.selectedCount', { n: filledIn(primary) }) }}</a-tag>
            </template>
            <template #clause="{ clause }">
              <div class="clause-row" :class="{ 'has-error': fieldErrors['clause:' + clause.id] }" :data-clause="clause.id">
                <clause-label :clause="clause" :for="'clause-' + clause.id" />
                <div class="clause-input">
                  <count-input :clause="clause" v-model:value="counts[clause.id]" :id="'clause-' + clause.id" :error="!!fieldErrors['clause:' + clause.id]" />
                </div>
                <div v-if="fieldErrors['clause:' + clause.id]" class="field-error" role="alert">{{ fieldErrors['clause:' + clause.id] }}</div>
              </div>
            </template>
          </clause-tree>

          <h2 class="section-title">{{ t('calculator.bonuses') }}</h2>
          <a-card size="small" class="bonus-card">
            <div v-for="(row, i) in bonusRows" :key="row.key" class="bonus-row" :class="{ 'has-error': fieldErrors['bonus:' + row.key] }">
              <div class="bonus-fields">
                <a-select v-model:value="row.rule" :aria-label="t('calculator.bonusRule')" class="bonus-rule">
                  <a-select-option v-for="r in indicatorBonusRules" :key="r.number" :value="r.number">{{ t('standard.rule', { n: r.number }) }}</a-select-option>
                </a-select>
                <a-select v-model:value="row.indicator" :aria-label="t('calculator.indicator')" class="bonus-indicator">
                  <a-select-option v-for="p in standard.primaries" :key="p.name" :value="p.name">{{ p.name }}</a-select-option>
                </a-select>
                <a-input-number v-model:value="row.points" :aria-label="t('calculator.bonusPoints')" :placeholder="t('calculator.bonusPoints')"
                                :step="0.1" class="bonus-points" :status="fieldErrors['bonus:' + row.key] ? 'error' : undefined" />
                <a-button @click="removeBonus(row)">{{ t('calculator.removeBonus') }}</a-button>
              </div>
              <div v-if="fieldErrors['bonus:' + row.key]" class="field-error" role="alert">{{ fieldErrors['bonus:' + row.key] }}</div>
            </div>
            <a-button type="dashed" block @click="addBonus" v-if="indicatorBonusRules.length">+ {{ t('calculator.addBonus') }}</a-button>
            <div v-if="assessmentBonusRule" class="bonus-row rule88" :class="{ 'has-error': fieldErrors['bonus:assessment'] }">
              <label for="bonus-assessment" class="rule88-label">{{ t('calculator.rule88') }}
                <span v-if="rule88Cap !== null" class="muted">({{ t('standard.bonusCapAssessment', { cap: formatAmount(rule88Cap) }) }})</span></label>
              <a-input-number id="bonus-assessment" v-model:value="rule88" :step="0.5" class="bonus-points"
                              :status="fieldErrors['bonus:assessment'] ? 'error' : undefined" />
              <div v-if="fieldErrors['bonus:assessment']" class="field-error" role="alert">{{ fieldErrors['bonus:assessment'] }}</div>
            </div>
          </a-card>

          <h2 class="section-title">{{ t('calculator.vetoes') }}</h2>
          <a-card size="small" class="veto-card" v-if="standard.veto">
            <div v-for="rule in standard.veto.rules" :key="rule.number" class="veto-row" :class="{ 'has-error': fieldErrors['veto:' + rule.number] }">
              <a-checkbox :id="'veto-' + rule.number" v-model:checked="vetoes[rule.number]">
                <span class="rule-no">{{ t('standard.rule', { n: rule.number }) }}</span>{{ rule.itemText }}
              </a-checkbox>
              <div v-if="fieldErrors['veto:' + rule.number]" class="field-error" role="alert">{{ fieldErrors['veto:' + rule.number] }}</div>
            </div>
          </a-card>
        </a-col>

        <a v-if="card" href="#score-card" class="score-mini" @click.prevent="toScoreCard" :aria-label="t('calculator.scoreCard')">
          <span>{{ t('calculator.total') }} <strong>{{ formatScore(card.totalScore) }}</strong></span>
          <grade-tag :grade="card.grade" :level="card.gradeLevel" :vetoed="card.vetoed" />
          <a-tag v-if="card.vetoed" color="red">{{ t('calculator.vetoed') }}</a-tag>
          <span v-if="previewing" class="muted">{{ t('calculator.updating') }}</span>
        </a>
        <a-col :xs="24" :lg="10">
          <div class="score-card-wrap">
            <a-card :title="t('calculator.scoreCard')" size="small" class="score-card" id="score-card">
              <template #extra><span v-if="previewing" class="muted" aria-live="polite">{{ t('calculator.updating') }}</span></template>
              <a-alert v-if="previewError" type="error" show-icon :message="previewError.message" :description="previewError.detail || undefined"
                       class="preview-error" role="alert" />
              <a-alert v-if="hasFieldErrors" type="warning" show-icon :message="t('calculator.staleCard')" class="preview-error" />
              <score-card-view v-if="card" :card="card" id-prefix="score" />
            </a-card>
          </div>
        </a-col>
      </a-row>
    </div>`,
};
