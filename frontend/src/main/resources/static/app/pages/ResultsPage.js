// 考核结果: a cycle's ranking (visible to everyone once published), searched, sorted and paged by the server
// (docs/scale.md, "The ranking at scale"); a bar chart of the totals of the page shown, from 0; and a radar of one
// branch's primary-indicator scores from its final score card, each value written at its point.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatScore } from '../format.js';
import GradeTag from '../components/GradeTag.js';
import ExportButtons from './ExportButtons.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount, nextTick } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const RED = '#c41d1d';
const GREY = '#8c8c8c';
const ORANGE = '#fa8c16';
const PAGE_SIZES = ['10', '20', '50', '100'];
/** Above this many bars the values are in the tooltip only: written on every bar they would overlap. */
const LABELLED_BARS = 20;
/** Table column → the server's sort field. */
const SORT_FIELDS = { rank: 'rank', branch: 'name', total: 'totalScore', grade: 'grade' };
const SORTS = ['rank', 'name', 'totalScore', 'grade'];
const blankQuery = () => ({ q: '', sort: 'rank', page: 0, size: 20 });
/** The search, sort and page of a link (#/results?cycle=12&q=第三&sort=-totalScore&page=2&size=50), checked. */
function queryOf(route) {
  const wanted = blankQuery();
  const r = route.query;
  if (typeof r.q === 'string') wanted.q = r.q;
  if (typeof r.sort === 'string' && SORTS.includes(r.sort.replace(/^-/, ''))) wanted.sort = r.sort;
  const page = Number(r.page);
  if (Number.isInteger(page) && page >= 1) wanted.page = page - 1;
  const size = Number(r.size);
  if (Number.isInteger(size) && size >= 1 && size <= 500) wanted.size = size;
  return wanted;
}

export default {
  name: 'ResultsPage',
  components: { GradeTag, ExportButtons },
  setup() {
    const { t, locale } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const cycles = ref([]);
    const cycleId = ref(null);
    const query = reactive(queryOf(route));
    const rows = ref([]); // the page shown
    const total = ref(0); // entries matching the search
    const cycleTotal = ref(0); // entries of the cycle (the total of a request without search)
    const loading = ref(true);
    const error = ref(null);
    const selected = ref(null); // { entry, assessment }
    const radarError = ref(null);
    const bar = ref(null);
    const radar = ref(null);
    let barChart = null;
    let radarChart = null;
    const user = computed(() => session.user || {});
    const insider = computed(() => user.value.role === 'LEADER' || user.value.role === 'ADMIN');
    const visibleCycles = computed(() => cycles.value.filter((c) => c.status !== 'RUNNING' || (insider.value && c.locked > 0)));
    const label = (entry) => (entry.name && entry.name !== entry.branch ? entry.name + ' (' + entry.branch + ')' : entry.branch);

    async function loadCycles() {
      try {
        cycles.value = (await api.cycles()).slice().sort((a, b) => b.year - a.year || b.quarter - a.quarter);
        const wanted = Number(route.query.cycle);
        cycleId.value = visibleCycles.value.some((c) => c.id === wanted) ? wanted : (visibleCycles.value[0] || {}).id || null;
        if (!cycleId.value) loading.value = false;
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
        loading.value = false;
      }
    }

    let sequence = 0;
    let defaulted = false; // the radar's first branch chosen for this cycle
    async function load() {
      if (!cycleId.value) return;
      const mine = ++sequence;
      loading.value = true;
      error.value = null;
      const q = query.q.trim();
      // the link shows what is shown: the cycle, and the search, sort and page where they are not the default ones
      const link = { cycle: cycleId.value, q: q || undefined, sort: query.sort !== 'rank' ? query.sort : undefined,
        page: query.page ? query.page + 1 : undefined, size: query.size !== 20 ? query.size : undefined };
      router.replace({ query: Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined)) });
      try {
        const page = await api.rankingPage(cycleId.value, { page: query.page, size: query.size, q, sort: query.sort });
        if (mine !== sequence) return; // a newer request is on its way
        rows.value = page.items;
        total.value = page.total;
        if (!q) cycleTotal.value = page.total;
        await nextTick();
        drawBar();
        if (!defaulted) {
          defaulted = true;
          await selectDefault();
        }
      } catch (e) {
        if (mine !== sequence) return;
        error.value = e.status === 403 ? t('quarter.results.notPublished') : (e.detail || e.message);
        rows.value = [];
        total.value = 0;
      } finally {
        if (mine === sequence) loading.value = false;
      }
    }

    // a branch sees its own radar first (looked up by its code when it is not on the page), anyone else the first row
    async function selectDefault() {
      if (user.value.role !== 'BRANCH') {
        if (rows.value[0]) await select(rows.value[0]);
        return;
      }
      let own = rows.value.find((r) => r.branch === user.value.branch);
      if (!own && user.value.branch) {
        const found = await api.rankingPage(cycleId.value, { q: user.value.branch, size: 50 }).catch(() => ({ items: [] }));
        own = found.items.find((r) => r.branch === user.value.branch);
      }
      if (own) await select(own);
    }

    watch(cycleId, (id, before) => {
      // another cycle starts from its first page; the first one keeps what the link asked for
      if (before) Object.assign(query, blankQuery());
      defaulted = false;
      selected.value = null;
      radarError.value = null;
      cycleTotal.value = 0;
      load();
    });
    // a new search or sort starts again at the first page
    let searchTimer = null;
    watch(() => query.q, () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { query.page = 0; load(); }, 300);
    });
    function search() {
      clearTimeout(searchTimer);
      query.page = 0;
      load();
    }
    function onTableChange(pagination, _filters, sorter) {
      const field = sorter && sorter.order ? SORT_FIELDS[sorter.columnKey] : null;
      const sort = field ? (sorter.order === 'descend' ? '-' : '') + field : 'rank';
      if (sort !== query.sort || pagination.pageSize !== query.size) {
        query.sort = sort;
        query.size = pagination.pageSize;
        query.page = 0;
      } else {
        query.page = pagination.current - 1;
      }
      load();
    }

    async function select(entry) {
      radarError.value = null;
      try {
        const assessment = await api.assessment(entry.assessmentId);
        selected.value = { entry, assessment };
        await nextTick();
        drawRadar();
      } catch (e) {
        selected.value = null;
        radarError.value = e.status === 404 || e.status === 403 ? t('quarter.results.notYours', { branch: label(entry) }) : (e.detail || e.message);
      }
    }

    // the bars of the page shown, in the table's order, from 0: a total of 99 looks like 99 % of one of 100
    function drawBar() {
      if (!bar.value || typeof echarts === 'undefined') return;
      barChart = barChart || echarts.init(bar.value);
      const shown = rows.value;
      const labelled = shown.length <= LABELLED_BARS;
      barChart.setOption({
        animationDuration: 300,
        grid: { left: 48, right: 16, top: 28, bottom: shown.length > 6 ? 72 : 32 },
        tooltip: { trigger: 'axis', valueFormatter: (v) => formatScore(v) },
        xAxis: {
          type: 'category', data: shown.map((r) => r.name || r.branch),
          axisLabel: { interval: labelled ? 0 : 'auto', rotate: shown.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', min: 0, name: t('scale.results.points'), nameTextStyle: { align: 'left' } },
        series: [{
          type: 'bar', barMaxWidth: 40, name: t('calculator.total'),
          data: shown.map((r) => ({ value: Number(r.totalScore), itemStyle: { color: r.vetoed ? GREY : (r.branch === user.value.branch ? ORANGE : RED) } })),
          label: { show: labelled, position: 'top', fontSize: 10, formatter: (p) => formatScore(p.value) },
        }],
      }, true);
    }

    function drawRadar() {
      if (!radar.value || typeof echarts === 'undefined' || !selected.value) return;
      const card = selected.value.assessment.scores.final || selected.value.assessment.scores.reviewed;
      if (!card) return;
      radarChart = radarChart || echarts.init(radar.value);
      const name = selected.value.entry.name || selected.value.entry.branch;
      radarChart.setOption({
        animationDuration: 300,
        tooltip: {},
        radar: {
          // every axis from 0 at the centre to the indicator's full marks
          indicator: card.indicators.map((p) => ({ name: p.name + '\n' + t('scale.results.ofMax', { max: formatScore(p.maxScore) }), min: 0, max: Number(p.maxScore) })),
          radius: '60%', axisNameGap: 22, axisName: { color: '#555', fontSize: 11 },
        },
        series: [{
          type: 'radar', name,
          data: [{
            value: card.indicators.map((p) => Number(p.score)), name,
            label: { show: true, formatter: (p) => formatScore(p.value), color: RED, fontSize: 11 },
            areaStyle: { color: 'rgba(196, 29, 29, 0.2)' }, lineStyle: { color: RED }, itemStyle: { color: RED },
          }],
        }],
      }, true);
    }

    function resize() {
      if (barChart) barChart.resize();
      if (radarChart) radarChart.resize();
    }
    onMounted(async () => {
      window.addEventListener('resize', resize);
      await loadCycles();
    });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      clearTimeout(searchTimer);
      if (barChart) barChart.dispose();
      if (radarChart) radarChart.dispose();
    });
    watch(locale, () => { drawBar(); drawRadar(); });

    const order = (field) => (query.sort === field ? 'ascend' : query.sort === '-' + field ? 'descend' : null);
    const columns = computed(() => [
      { title: t('quarter.results.rank'), dataIndex: 'rank', key: 'rank', width: 80, sorter: true, sortOrder: order('rank') },
      { title: t('quarter.branch'), key: 'branch', sorter: true, sortOrder: order('name') },
      { title: t('calculator.total'), key: 'total', sorter: true, sortOrder: order('totalScore'), align: 'right' },
      { title: t('calculator.grade'), key: 'grade', sorter: true, sortOrder: order('grade') },
      { title: t('quarter.results.revision'), dataIndex: 'revision', key: 'revision', responsive: ['md'] },
      { title: '', key: 'action' },
    ]);
    const pagination = computed(() => ({
      current: query.page + 1, pageSize: query.size, total: total.value, showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES, hideOnSinglePage: false, size: 'small',
      showTotal: (n) => t('scale.results.total', { n }),
    }));
    const barTitle = computed(() => {
      if (!rows.value.length) return t('quarter.results.totals');
      const from = query.page * query.size + 1;
      return t('scale.results.barTitle', { from, to: from + rows.value.length - 1, total: total.value });
    });
    const canOpen = (r) => user.value.role !== 'BRANCH' || r.branch === user.value.branch;
    const customRow = (record) => ({ onClick: () => select(record), class: 'clickable-row' + (selected.value && selected.value.entry.branch === record.branch ? ' selected-row' : ''), 'data-branch': record.branch });
    const cycleName = (c) => t('quarter.cycleName', { year: c.year, quarter: c.quarter });
    const exportsOf = (id) => ({
      excel: [{ id: 'export-ranking-xlsx', href: 'api/cycles/' + id + '/ranking.xlsx' }],
      pdf: [{ id: 'download-notice-pdf', href: 'api/cycles/' + id + '/notice.pdf', label: 'reports.downloadNotice' }],
    });
    const emptyText = computed(() => (query.q.trim() ? t('scale.results.noMatch', { q: query.q.trim() }) : t('quarter.results.noneYet')));
    return { t, label, exportsOf, cycles, visibleCycles, cycleId, query, rows, total, cycleTotal, loading, error, selected,
      radarError, bar, radar, columns, pagination, barTitle, emptyText, customRow, canOpen, cycleName, formatScore,
      search, onTableChange };
  },
  template: `
    <div class="page results-page">
      <h1 class="page-title">{{ t('quarter.nav.results') }}</h1>
      <div class="toolbar">
        <label for="results-cycle" class="field-label inline">{{ t('quarter.cycle') }}</label>
        <a-select id="results-cycle" v-model:value="cycleId" class="cycle-select" :placeholder="t('quarter.results.pickCycle')">
          <a-select-option v-for="c in visibleCycles" :key="c.id" :value="c.id">{{ cycleName(c) }}</a-select-option>
        </a-select>
        <export-buttons v-if="cycleId && cycleTotal" v-bind="exportsOf(cycleId)" printable />
        <router-link :to="{ name: 'year' }" class="no-print" id="to-year">{{ t('reports.year.nav') }}</router-link>
      </div>
      <a-empty v-if="!loading && !visibleCycles.length" :description="t('quarter.results.noneYet')" />
      <a-alert v-if="error" type="warning" show-icon :message="error" id="results-error" />
      <a-row v-show="cycleTotal" :gutter="[16, 16]">
        <a-col :xs="24" :lg="12">
          <a-card size="small" :title="t('quarter.results.ranking')" id="ranking-card">
            <template #extra>
              <a-input-search id="ranking-search" v-model:value="query.q" :placeholder="t('scale.results.search')" allow-clear
                              size="small" style="width: 220px" class="no-print" :aria-label="t('scale.results.search')" @search="search" />
            </template>
            <a-table :columns="columns" :data-source="rows" row-key="branch" size="small" id="ranking-table" :loading="loading"
                     :pagination="pagination" :custom-row="customRow" @change="onTableChange" :locale="{ emptyText }">
              <template #bodyCell="{ column, record }">
                <template v-if="column.key === 'branch'">
                  <span class="org-name branch-name" :data-code="record.branch">{{ record.name || record.branch }}<span v-if="record.name && record.name !== record.branch" class="code-hint">{{ record.branch }}</span></span>
                </template>
                <template v-else-if="column.key === 'total'"><strong class="ranking-total">{{ formatScore(record.totalScore) }}</strong></template>
                <template v-else-if="column.key === 'grade'">
                  <grade-tag :grade="record.grade" :level="record.gradeLevel" :vetoed="record.vetoed" class="ranking-grade" />
                  <a-tag v-if="record.vetoed" color="red" class="vetoed-tag">{{ t('calculator.vetoed') }}</a-tag>
                  <a-tag v-if="record.tampered" color="error" class="tampered-tag" :title="t('quarter.tampered.ranking')">{{ t('quarter.tampered.title') }}</a-tag>
                </template>
                <template v-else-if="column.key === 'action'">
                  <router-link v-if="canOpen(record)" :to="{ name: 'assessment', params: { id: record.assessmentId } }" @click.stop class="detail-link">{{ t('quarter.results.details') }}</router-link>
                </template>
              </template>
            </a-table>
          </a-card>
        </a-col>
        <a-col :xs="24" :lg="12">
          <a-card size="small">
            <template #title><span id="bar-title">{{ barTitle }}</span></template>
            <p class="muted chart-note" id="bar-note">{{ t('scale.results.barNote') }}</p>
            <div ref="bar" class="chart" id="bar-chart" role="img" :aria-label="barTitle"></div>
          </a-card>
        </a-col>
        <a-col :xs="24">
          <a-card size="small" :title="selected ? t('quarter.results.radarOf', { branch: label(selected.entry) }) : t('quarter.results.radar')">
            <a-alert v-if="radarError" type="info" show-icon :message="radarError" />
            <p v-else-if="!selected" class="muted">{{ t('quarter.results.pickBranch') }}</p>
            <p v-show="selected" class="muted chart-note" id="radar-note">{{ t('scale.results.radarNote') }}</p>
            <div v-show="selected" ref="radar" class="chart" id="radar-chart" role="img" :aria-label="t('quarter.results.radar')"></div>
          </a-card>
        </a-col>
      </a-row>
    </div>`,
};
