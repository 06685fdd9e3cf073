// 评分标准: the active standard as a tree (primary → secondary → item → rule → clauses), then bonus and veto rules.
// With `code` (and `version`) it shows that version instead, e.g. embedded in the administration page.
import { api } from '../api.js';
import { activeStandard } from '../standards.js';
import { formatAmount } from '../format.js';
import { countClauses } from '../standardTree.js';
import ClauseTree from '../components/ClauseTree.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'StandardPage',
  components: { ClauseTree },
  props: {
    code: { type: String, default: null },
    version: { type: Number, default: null },
    embedded: { type: Boolean, default: false },
  },
  setup(props) {
    const { t, te } = useI18n();
    const loading = ref(true);
    const error = ref(null);
    const summary = ref(null);
    const standard = ref(null);
    const openPanels = ref([]);

    const primaryKeys = computed(() => (standard.value ? standard.value.primaries.map((p) => p.name) : []));
    const clauseCount = computed(() => countClauses(standard.value));

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const shown = props.code ? await chosenStandard(props.code, props.version) : await activeStandard();
        summary.value = shown && shown.summary;
        standard.value = shown && shown.standard;
        openPanels.value = primaryKeys.value.slice();
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    async function chosenStandard(code, version) {
      const [list, tree] = await Promise.all([api.standards(), api.standard(code, version)]);
      return { summary: list.find((s) => s.code === code && s.version === tree.version) || null, standard: tree };
    }

    function departmentName(code) {
      return code && te('departments.' + code) ? t('departments.' + code) : code;
    }

    onMounted(load);

    return {
      t, te, loading, error, summary, standard, openPanels, primaryKeys, clauseCount, load, departmentName, formatAmount,
      expandAll: () => { openPanels.value = primaryKeys.value.slice(); },
      collapseAll: () => { openPanels.value = []; },
    };
  },
  template: `
    <div class="page standard-page">
      <h1 v-if="!embedded" class="page-title">{{ t('standard.title') }}</h1>
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="error" type="error" show-icon :message="t('common.error')" :description="error">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <a-empty v-else-if="!standard" :description="t('standard.noStandard')" />
      <template v-else>
        <a-card class="standard-head" size="small">
          <div class="standard-name" id="standard-name">{{ standard.name }}</div>
          <div class="standard-meta">
            <a-tag>{{ standard.code }}</a-tag>
            <span>{{ t('standard.version', { version: standard.version }) }}</span>
            <span>{{ t('standard.year', { year: standard.year }) }}</span>
            <a-tag v-if="summary && summary.active" color="green">{{ t('standard.active') }}</a-tag>
            <span class="muted">{{ t('standard.summary', { primaries: standard.primaries.length, clauses: clauseCount }) }}</span>
          </div>
          <div class="standard-grades">
            <span class="muted">{{ t('standard.grades') }}:</span>
            <a-tag v-for="g in standard.grades" :key="g.grade">{{ t('standard.gradeRule', { min: formatAmount(g.min), grade: te('grades.' + g.grade) ? t('grades.' + g.grade) : g.grade }) }}</a-tag>
          </div>
        </a-card>

        <div class="toolbar">
          <a-button size="small" @click="expandAll">{{ t('standard.expandAll') }}</a-button>
          <a-button size="small" @click="collapseAll">{{ t('standard.collapseAll') }}</a-button>
        </div>

        <clause-tree :primaries="standard.primaries" v-model:open="openPanels" rules numbered class="standard-tree">
          <template #header="{ primary }">
            <a-tag class="hide-narrow">{{ primary.category }}</a-tag>
            <a-tag color="blue" class="hide-narrow" v-if="primary.department">{{ t('standard.department') }}: {{ departmentName(primary.department) }}</a-tag>
          </template>
        </clause-tree>

        <a-card v-if="standard.bonus" class="section-card bonus-section" size="small" id="bonus-section">
          <template #title>{{ t('standard.bonusSection') }} · {{ standard.bonus.category }} · {{ standard.bonus.name }}</template>
          <p class="section-secondary">{{ standard.bonus.secondary }}</p>
          <div v-for="rule in standard.bonus.rules" :key="rule.number" class="item" :data-rule="rule.number">
            <div class="item-text"><span class="item-no">{{ t('standard.item', { n: rule.item }) }}</span>{{ rule.itemText }}</div>
            <div class="rule">
              <div class="rule-text"><span class="rule-no">{{ t('standard.rule', { n: rule.number }) }}</span>{{ rule.text }}</div>
              <div class="rule-cap">
                <a-tag color="green">{{ rule.scope === 'INDICATOR'
                  ? t('standard.bonusCapIndicator', { percent: formatAmount(rule.capPercent) })
                  : t('standard.bonusCapAssessment', { cap: formatAmount(rule.cap) }) }}</a-tag>
              </div>
            </div>
          </div>
        </a-card>

        <a-card v-if="standard.veto" class="section-card veto-section" size="small" id="veto-section">
          <template #title>{{ t('standard.vetoSection') }} · {{ standard.veto.name }}</template>
          <p class="section-secondary">{{ standard.veto.secondary }}</p>
          <p class="muted">{{ t('standard.vetoNote') }}</p>
          <div v-for="rule in standard.veto.rules" :key="rule.number" class="item" :data-rule="rule.number">
            <div class="item-text"><span class="item-no">{{ t('standard.item', { n: rule.item }) }}</span>{{ rule.itemText }}</div>
            <div class="rule">
              <div class="rule-text"><span class="rule-no">{{ t('standard.rule', { n: rule.number }) }}</span>{{ rule.text }}</div>
            </div>
          </div>
        </a-card>
      </template>
    </div>`,
};
