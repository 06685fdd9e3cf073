// 年度排名: the branches over the published quarters of a year by the configured rule (stated on the page), with
// the trend of the chosen branches' quarterly totals across this year and the two before.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatScore } from '../format.js';
import GradeTag from '../components/GradeTag.js';
import ExportButtons from './ExportButtons.js';

const { ref, computed, watch, onMounted, onBeforeUnmount, nextTick } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const TREND_YEARS = 3;
const DEFAULT_TREND_BRANCHES = 5;

export default {
  name: 'YearPage',
  components: { ExportButtons, GradeTag },
  setup() {
    const { t, locale } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const thisYear = new Date().getFullYear();
    const year = ref(Number(route.query.year) || thisYear);
    const years = ref([thisYear]);
    const about = ref(null);
    const ranking = ref([]);
    const history = ref({}); // year → ranking
    const picked = ref([]);
    const loading = ref(true);
    const error = ref(null);
    const chart = ref(null);
    let trend = null;
    const user = computed(() => session.user || {});

    async function loadYears() {
      try {
        const cycles = await api.cycles();
        const all = new Set(cycles.map((c) => c.year));
        all.add(year.value);
        years.value = [...all].sort((a, b) => b - a);
      } catch (ignored) {
        // the year chooser then offers the current year only
      }
    }

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const wanted = Array.from({ length: TREND_YEARS }, (_, i) => year.value - i);
        const [info, ...rankings] = await Promise.all([api.get('api/years/' + year.value), ...wanted.map((y) => api.get('api/years/' + y + '/ranking'))]);
        about.value = info;
        ranking.value = rankings[0];
        history.value = Object.fromEntries(wanted.map((y, i) => [y, rankings[i]]));
        const own = ranking.value.find((e) => e.branch === user.value.branch);
        const top = ranking.value.slice(0, DEFAULT_TREND_BRANCHES).map((e) => e.branch);
        picked.value = own && !top.includes(own.branch) ? [own.branch, ...top.slice(0, DEFAULT_TREND_BRANCHES - 1)] : top;
        await nextTick();
        draw();
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : (e.detail || e.message);
      } finally {
        loading.value = false;
      }
    }
    watch(year, (y) => {
      router.replace({ query: { ...route.query, year: y } });
      load();
    });
    watch(picked, () => draw());

    const names = computed(() => {
      const map = {};
      Object.values(history.value).forEach((r) => r.forEach((e) => { map[e.branch] = e.name; }));
      return map;
    });
    const branchOptions = computed(() => Object.keys(names.value).sort().map((b) => ({ value: b, label: names.value[b] + ' (' + b + ')' })));

    function draw() {
      if (!chart.value || typeof echarts === 'undefined') return;
      trend = trend || echarts.init(chart.value);
      const axis = [];
      for (let y = year.value - TREND_YEARS + 1; y <= year.value; y++) {
        for (let q = 1; q <= 4; q++) axis.push({ y, q, label: y + ' Q' + q });
      }
      const series = picked.value.map((branch) => ({
        type: 'line', name: names.value[branch] || branch, connectNulls: false, symbolSize: 7,
        data: axis.map((a) => {
          const entry = (history.value[a.y] || []).find((e) => e.branch === branch);
          const v = entry && entry.quarters[String(a.q)];
          return v === undefined || v === null ? null : Number(v);
        }),
      }));
      trend.setOption({
        animationDuration: 300,
        tooltip: { trigger: 'axis', valueFormatter: (v) => formatScore(v) },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: axis.map((a) => a.label) },
        yAxis: { type: 'value', min: (v) => Math.max(0, Math.floor(v.min - 2)) },
        series,
      }, true);
    }
    function resize() {
      if (trend) trend.resize();
    }
    onMounted(async () => {
      window.addEventListener('resize', resize);
      await loadYears();
      await load();
    });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      if (trend) trend.dispose();
    });
    watch(locale, () => draw());

    const columns = computed(() => [
      { title: t('quarter.results.rank'), dataIndex: 'rank', key: 'rank', width: 72 },
      { title: t('quarter.branch'), key: 'branch' },
      ...[1, 2, 3, 4].map((q) => ({ title: t('reports.year.quarter', { quarter: q }), key: 'q' + q, align: 'right' })),
      { title: t('reports.year.annualScore'), key: 'annual', align: 'right' },
      { title: t('calculator.grade'), key: 'grade' },
    ]);
    const ruleText = computed(() => (about.value ? t('reports.year.rules.' + about.value.rule) : ''));
    const publishedText = computed(() => (about.value && about.value.quarters.length
      ? about.value.quarters.map((q) => t('reports.year.quarter', { quarter: q })).join('、') : t('reports.year.noQuarter')));
    const excel = computed(() => [{ id: 'export-year-xlsx', href: 'api/years/' + year.value + '/ranking.xlsx' }]);
    const customRow = (record) => ({ class: record.branch === user.value.branch ? 'selected-row' : '', 'data-branch': record.branch });
    return { t, year, years, about, ranking, picked, branchOptions, loading, error, chart, columns, ruleText, publishedText, excel, formatScore, customRow };
  },
  template: `
    <div class="page year-page">
      <h1 class="page-title" id="year-title">{{ t('reports.year.title', { year }) }}</h1>
      <div class="toolbar no-print">
        <label for="year-select" class="field-label inline">{{ t('reports.year.year') }}</label>
        <a-select id="year-select" v-model:value="year" style="width: 120px">
          <a-select-option v-for="y in years" :key="y" :value="y">{{ y }}</a-select-option>
        </a-select>
        <export-buttons :excel="excel" printable />
      </div>
      <a-alert v-if="error" type="warning" show-icon :message="error" />
      <a-card size="small" class="section-card" :title="t('reports.year.ruleTitle')" id="year-rule">
        <p>{{ ruleText }}</p>
        <p>{{ t('reports.year.vetoRule') }}</p>
        <p class="muted">{{ t('reports.year.published') }}{{ publishedText }}</p>
      </a-card>
      <a-empty v-if="!loading && !ranking.length" :description="t('reports.year.none')" />
      <template v-else>
        <a-card size="small" class="section-card" :title="t('reports.year.ranking')">
          <a-table :columns="columns" :data-source="ranking" row-key="branch" size="small" id="year-table" :loading="loading"
                   :pagination="{ pageSize: 50, hideOnSinglePage: true }" :custom-row="customRow">
            <template #bodyCell="{ column, record }">
              <template v-if="column.key === 'branch'">{{ record.name }} <span class="muted">{{ record.branch }}</span></template>
              <template v-else-if="/^q[1-4]$/.test(column.key)">{{ formatScore(record.quarters[column.key.substring(1)]) }}</template>
              <template v-else-if="column.key === 'annual'"><strong class="year-annual">{{ formatScore(record.annualScore) }}</strong></template>
              <template v-else-if="column.key === 'grade'">
                <grade-tag :grade="record.grade" :level="record.gradeLevel" :vetoed="record.vetoed" class="year-grade" />
                <a-tag v-if="record.vetoed" color="red">{{ t('calculator.vetoed') }}</a-tag>
              </template>
            </template>
          </a-table>
        </a-card>
        <a-card size="small" class="section-card trend-card" :title="t('reports.year.trend')">
          <div class="toolbar no-print">
            <label for="trend-branches" class="field-label inline">{{ t('reports.year.pickBranches') }}</label>
            <a-select id="trend-branches" v-model:value="picked" mode="multiple" :options="branchOptions" style="min-width: 320px" :max-tag-count="6" />
          </div>
          <div ref="chart" class="chart" id="trend-chart" role="img" :aria-label="t('reports.year.trend')"></div>
        </a-card>
      </template>
    </div>`,
};
