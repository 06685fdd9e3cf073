// 评分模拟: enter clause counts, bonuses and vetoes; the score card is previewed by the server as you type.
import { api } from '../api.js';
import { activeStandard } from '../standards.js';
import { debounce, formatScore, formatDelta, formatAmount, parseFieldPath } from '../format.js';
import ClauseAmount from './ClauseAmount.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount } = Vue;
const { useI18n } = VueI18n;

const PREVIEW_DELAY_MS = 300;
const EXPLANATION_COLORS = {
  DEDUCTION: 'red', CAP: 'gold', FLOOR: 'gold', ZERO_OUT: 'volcano', BONUS: 'green', BONUS_CAP: 'gold', VETO: 'magenta',
};

export default {
  name: 'CalculatorPage',
  components: { ClauseAmount },
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

    const card = ref(null);
    const previewing = ref(false);
    const previewError = ref(null); // { message, detail } for errors not tied to one input
    const fieldErrors = reactive({}); // input key → the server's message

    const indicatorBonusRules = computed(() =>
      standard.value && standard.value.bonus ? standard.value.bonus.rules.filter((r) => r.scope === 'INDICATOR') : []);
    const assessmentBonusRule = computed(() =>
      standard.value && standard.value.bonus ? standard.value.bonus.rules.find((r) => r.scope === 'ASSESSMENT') : null);

    /** The preview request and, per list entry, the key of the input it came from (to place a 400 next to it). */
    function buildRequest() {
      const request = { findings: [], bonuses: [], vetoes: [] };
      const keys = { findings: [], bonuses: [], vetoes: [] };
      for (const [clause, value] of Object.entries(counts)) {
        if (typeof value === 'boolean') {
          if (value) {
            request.findings.push({ clause, count: 1 });
            keys.findings.push('clause:' + clause);
          }
        } else if (value !== null && value !== undefined && value !== '' && Number(value) !== 0) {
          request.findings.push({ clause, count: Number(value) });
          keys.findings.push('clause:' + clause);
        }
      }
      for (const row of bonusRows.value) {
        if (row.points !== null && row.points !== undefined && row.points !== '') {
          request.bonuses.push({ rule: row.rule, indicator: row.indicator, points: Number(row.points) });
          keys.bonuses.push('bonus:' + row.key);
        }
      }
      if (assessmentBonusRule.value && rule88.value !== null && rule88.value !== undefined && rule88.value !== '') {
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

    let sequence = 0;
    async function preview() {
      const mine = ++sequence;
      const { request, keys } = buildRequest();
      previewing.value = true;
      try {
        const result = await api.preview(request);
        if (mine !== sequence) {
          return;
        }
        card.value = result;
        previewError.value = null;
        Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      } catch (e) {
        if (mine !== sequence || e.status === 401) {
          return;
        }
        Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
        const path = e.status === 400 ? parseFieldPath(e.field) : null;
        const key = path && keys[path.list] ? keys[path.list][path.index] : null;
        if (key) {
          fieldErrors[key] = e.detail || e.message;
          previewError.value = null;
        } else {
          previewError.value = {
            message: e.status === 0 ? t('common.networkError') : t('calculator.unavailable'),
            detail: e.status === 0 ? null : (e.detail || e.message),
          };
        }
      } finally {
        if (mine === sequence) {
          previewing.value = false;
        }
      }
    }
    const schedulePreview = debounce(preview, PREVIEW_DELAY_MS);
    watch([counts, bonusRows, rule88, vetoes], () => schedulePreview(), { deep: true });
    onBeforeUnmount(() => schedulePreview.cancel());

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        const active = await activeStandard();
        standard.value = active && active.standard;
        if (standard.value) {
          for (const primary of standard.value.primaries) {
            for (const secondary of primary.secondaries) {
              for (const item of secondary.items) {
                for (const rule of item.rules) {
                  for (const clause of rule.clauses) {
                    counts[clause.id] = clause.kind === 'PER_UNIT' ? null : false;
                  }
                }
              }
            }
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
    function filledIn(primary) {
      let n = 0;
      for (const secondary of primary.secondaries) {
        for (const item of secondary.items) {
          for (const rule of item.rules) {
            for (const clause of rule.clauses) {
              const v = counts[clause.id];
              if (v === true || (typeof v === 'number' && v !== 0)) {
                n++;
              }
            }
          }
        }
      }
      return n;
    }

    function matches(clause, rule) {
      const q = filter.value.trim();
      return !q || clause.id.startsWith(q) || clause.text.includes(q) || rule.text.includes(q);
    }

    function primaryMatches(primary) {
      return primary.secondaries.some((s) => s.items.some((i) => i.rules.some((r) => r.clauses.some((c) => matches(c, r)))));
    }

    watch(filter, (q) => {
      if (q.trim() && standard.value) {
        openPanels.value = standard.value.primaries.filter(primaryMatches).map((p) => p.name);
      }
    });

    function toScoreCard() {
      const el = document.getElementById('score-card');
      if (el) {
        el.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    }

    const hasFieldErrors = computed(() => Object.keys(fieldErrors).length > 0);

    const gradeColor = computed(() => {
      if (!card.value) {
        return 'default';
      }
      if (card.value.vetoed) {
        return 'red';
      }
      const grades = (standard.value && standard.value.grades) || [];
      const index = grades.findIndex((g) => g.grade === card.value.grade);
      return ['green', 'blue', 'orange', 'red'][Math.min(Math.max(index, 0), 3)];
    });

    return {
      t, loading, loadError, standard, openPanels, filter, counts, bonusRows, rule88, vetoes, card, previewing,
      previewError, fieldErrors, hasFieldErrors, indicatorBonusRules, assessmentBonusRule, gradeColor, EXPLANATION_COLORS,
      load, toScoreCard, addBonus, removeBonus, reset, filledIn, matches, primaryMatches, formatScore, formatDelta, formatAmount,
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
          <a-collapse v-model:activeKey="openPanels">
            <a-collapse-panel v-for="primary in standard.primaries" :key="primary.name" v-show="primaryMatches(primary)">
              <template #header>
                <span class="primary-header">
                  <span class="primary-name">{{ primary.name }}</span>
                  <span class="points">{{ t('common.points', { n: formatAmount(primary.points) }) }}</span>
                  <a-tag v-if="filledIn(primary)" color="red">{{ t('calculator.selectedCount', { n: filledIn(primary) }) }}</a-tag>
                </span>
              </template>
              <section v-for="secondary in primary.secondaries" :key="secondary.name" class="secondary">
                <h3 class="secondary-title">{{ secondary.name }} <span class="points">{{ t('common.points', { n: formatAmount(secondary.points) }) }}</span></h3>
                <template v-for="item in secondary.items" :key="item.number">
                  <template v-for="rule in item.rules" :key="rule.number">
                    <div v-for="clause in rule.clauses" :key="clause.id" v-show="matches(clause, rule)"
                         class="clause-row" :class="{ 'has-error': fieldErrors['clause:' + clause.id] }" :data-clause="clause.id">
                      <label class="clause-label" :for="'clause-' + clause.id">
                        <span class="clause-id">{{ clause.id }}</span>
                        <span class="clause-text">{{ clause.text }}</span>
                        <clause-amount :clause="clause" />
                      </label>
                      <div class="clause-input">
                        <a-input-number v-if="clause.kind === 'PER_UNIT'" :id="'clause-' + clause.id"
                                        v-model:value="counts[clause.id]" :min="0" :max="9999" :precision="0"
                                        :placeholder="'0'" :addon-after="clause.unit" class="count-input"
                                        :status="fieldErrors['clause:' + clause.id] ? 'error' : undefined" />
                        <a-checkbox v-else :id="'clause-' + clause.id" v-model:checked="counts[clause.id]">{{ t('calculator.applies') }}</a-checkbox>
                      </div>
                      <div v-if="fieldErrors['clause:' + clause.id]" class="field-error" role="alert">{{ fieldErrors['clause:' + clause.id] }}</div>
                    </div>
                  </template>
                </template>
              </section>
            </a-collapse-panel>
          </a-collapse>

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
                <span class="muted">({{ t('standard.bonusCapAssessment', { cap: formatAmount(assessmentBonusRule.cap) }) }})</span></label>
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
          <a-tag :color="gradeColor">{{ card.grade }}</a-tag>
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
              <template v-if="card">
                <div class="score-summary" aria-live="polite">
                  <div class="score-total">
                    <div class="muted">{{ t('calculator.total') }}</div>
                    <div class="total-value" id="score-total">{{ formatScore(card.totalScore) }}</div>
                  </div>
                  <dl class="score-facts">
                    <dt>{{ t('calculator.base') }}</dt><dd id="score-base">{{ formatScore(card.baseScore) }}</dd>
                    <dt>{{ t('calculator.bonus') }}</dt><dd id="score-bonus">{{ formatScore(card.bonusScore) }}</dd>
                    <dt>{{ t('calculator.grade') }}</dt><dd><a-tag :color="gradeColor" id="score-grade">{{ card.grade }}</a-tag></dd>
                    <dt>{{ t('calculator.vetoes') }}</dt><dd><a-tag :color="card.vetoed ? 'red' : 'default'" id="score-vetoed">{{ card.vetoed ? t('calculator.vetoed') : t('calculator.notVetoed') }}</a-tag></dd>
                  </dl>
                </div>
                <table class="indicator-table">
                  <thead><tr><th>{{ t('calculator.indicatorName') }}</th><th>{{ t('calculator.max') }}</th><th>{{ t('calculator.score') }}</th><th>{{ t('calculator.bonus') }}</th></tr></thead>
                  <tbody>
                    <template v-for="p in card.indicators" :key="p.name">
                      <tr class="primary-row" :class="{ lost: Number(p.score) < Number(p.maxScore) }">
                        <th scope="row">{{ p.name }}</th><td>{{ formatScore(p.maxScore) }}</td><td>{{ formatScore(p.score) }}</td>
                        <td>{{ Number(p.bonus) ? formatDelta(p.bonus) : '' }}</td>
                      </tr>
                      <tr v-for="s in (p.secondaries || []).filter((x) => Number(x.score) < Number(x.maxScore))" :key="p.name + '/' + s.name" class="secondary-row">
                        <th scope="row">{{ s.name }}<a-tag v-if="s.zeroedOut" color="volcano" class="tiny-tag">{{ t('explanation.ZERO_OUT') }}</a-tag></th>
                        <td>{{ formatScore(s.maxScore) }}</td><td>{{ formatScore(s.score) }}</td><td></td>
                      </tr>
                    </template>
                  </tbody>
                </table>
                <h3 class="explanation-title">{{ t('calculator.explanation') }}</h3>
                <ol v-if="card.explanation && card.explanation.length" class="explanation" id="score-explanation">
                  <li v-for="(line, i) in card.explanation" :key="i">
                    <a-tag :color="EXPLANATION_COLORS[line.kind]" class="tiny-tag">{{ t('explanation.' + line.kind) }}</a-tag>
                    <span class="explanation-text">{{ line.text }}</span>
                  </li>
                </ol>
                <p v-else class="muted">{{ t('calculator.noExplanation') }}</p>
              </template>
            </a-card>
          </div>
        </a-col>
      </a-row>
    </div>`,
};
