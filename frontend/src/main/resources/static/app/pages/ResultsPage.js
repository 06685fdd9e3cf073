// 考核结果: a cycle's ranking (visible to everyone once published), a bar chart of the totals and a radar of one
// branch's primary-indicator scores from its final score card.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatScore } from '../format.js';
import GradeTag from '../components/GradeTag.js';
import ExportButtons from './ExportButtons.js';
import { loadNames, branchName, branchLabel } from '../names.js';

const { ref, computed, watch, onMounted, onBeforeUnmount, nextTick } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const RED = '#c41d1d';
const GREY = '#8c8c8c';

export default {
  name: 'ResultsPage',
  components: { GradeTag, ExportButtons },
  setup() {
    const { t, locale } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const cycles = ref([]);
    const cycleId = ref(null);
    const ranking = ref([]);
    const loading = ref(true);
    const error = ref(null);
    const selected = ref(null); // { branch, assessment }
    const radarError = ref(null);
    const bar = ref(null);
    const radar = ref(null);
    let barChart = null;
    let radarChart = null;
    const user = computed(() => session.user || {});
    const insider = computed(() => user.value.role === 'LEADER' || user.value.role === 'ADMIN');
    const visibleCycles = computed(() => cycles.value.filter((c) => c.status !== 'RUNNING' || (insider.value && c.locked > 0)));

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

    async function loadRanking() {
      if (!cycleId.value) return;
      loading.value = true;
      error.value = null;
      selected.value = null;
      try {
        ranking.value = await api.ranking(cycleId.value);
        await nextTick();
        drawBar();
        const own = ranking.value.find((r) => r.branch === user.value.branch);
        const first = own || (user.value.role !== 'BRANCH' ? ranking.value[0] : null);
        if (first) await select(first);
      } catch (e) {
        error.value = e.status === 403 ? t('quarter.results.notPublished') : (e.detail || e.message);
        ranking.value = [];
      } finally {
        loading.value = false;
      }
    }
    watch(cycleId, (id) => {
      if (id && Number(route.query.cycle) !== id) router.replace({ query: { ...route.query, cycle: id } });
      loadRanking();
    });

    async function select(entry) {
      radarError.value = null;
      try {
        const assessment = await api.assessment(entry.assessmentId);
        selected.value = { branch: entry.branch, assessment };
        await nextTick();
        drawRadar();
      } catch (e) {
        radarError.value = e.status === 404 || e.status === 403 ? t('quarter.results.notYours', { branch: branchLabel(entry.branch) }) : (e.detail || e.message);
      }
    }

    function drawBar() {
      if (!bar.value || typeof echarts === 'undefined') return;
      barChart = barChart || echarts.init(bar.value);
      const rows = ranking.value;
      barChart.setOption({
        animationDuration: 300,
        grid: { left: 48, right: 16, top: 28, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: rows.map((r) => branchName(r.branch)), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', min: (v) => Math.max(0, Math.floor(v.min - 5)) },
        series: [{
          type: 'bar', barMaxWidth: 40, name: t('calculator.total'),
          data: rows.map((r) => ({ value: Number(r.totalScore), itemStyle: { color: r.vetoed ? GREY : (r.branch === user.value.branch ? '#fa8c16' : RED) } })),
          label: { show: true, position: 'top', formatter: (p) => formatScore(p.value) },
        }],
      }, true);
    }

    function drawRadar() {
      if (!radar.value || typeof echarts === 'undefined' || !selected.value) return;
      const card = selected.value.assessment.scores.final || selected.value.assessment.scores.reviewed;
      if (!card) return;
      radarChart = radarChart || echarts.init(radar.value);
      radarChart.setOption({
        animationDuration: 300,
        tooltip: {},
        radar: { indicator: card.indicators.map((p) => ({ name: p.name, max: Number(p.maxScore) })), radius: '62%', axisName: { color: '#555', fontSize: 11 } },
        series: [{
          type: 'radar', name: branchName(selected.value.branch),
          data: [{ value: card.indicators.map((p) => Number(p.score)), name: branchName(selected.value.branch), areaStyle: { color: 'rgba(196, 29, 29, 0.2)' }, lineStyle: { color: RED }, itemStyle: { color: RED } }],
        }],
      }, true);
    }

    function resize() {
      if (barChart) barChart.resize();
      if (radarChart) radarChart.resize();
    }
    onMounted(async () => {
      window.addEventListener('resize', resize);
      await loadNames();
      await loadCycles();
    });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      if (barChart) barChart.dispose();
      if (radarChart) radarChart.dispose();
    });
    watch(locale, () => { drawBar(); drawRadar(); });

    const columns = computed(() => [
      { title: t('quarter.results.rank'), dataIndex: 'rank', key: 'rank', width: 80, sorter: (a, b) => a.rank - b.rank, defaultSortOrder: 'ascend' },
      { title: t('quarter.branch'), dataIndex: 'branch', key: 'branch', sorter: (a, b) => a.branch.localeCompare(b.branch) },
      { title: t('calculator.total'), key: 'total', sorter: (a, b) => Number(a.totalScore) - Number(b.totalScore), align: 'right' },
      { title: t('calculator.grade'), key: 'grade' },
      { title: t('quarter.results.revision'), dataIndex: 'revision', key: 'revision', responsive: ['md'] },
      { title: '', key: 'action' },
    ]);
    const canOpen = (r) => user.value.role !== 'BRANCH' || r.branch === user.value.branch;
    const customRow = (record) => ({ onClick: () => select(record), class: 'clickable-row' + (selected.value && selected.value.branch === record.branch ? ' selected-row' : ''), 'data-branch': record.branch });
    const cycleName = (c) => t('quarter.cycleName', { year: c.year, quarter: c.quarter });
    const exportsOf = (id) => ({
      excel: [{ id: 'export-ranking-xlsx', href: 'api/cycles/' + id + '/ranking.xlsx' }],
      pdf: [{ id: 'download-notice-pdf', href: 'api/cycles/' + id + '/notice.pdf', label: 'reports.downloadNotice' }],
    });
    return { branchLabel, exportsOf, t, cycles, visibleCycles, cycleId, ranking, loading, error, selected, radarError, bar, radar, columns, customRow, canOpen, cycleName, formatScore };
  },
  template: `
    <div class="page results-page">
      <h1 class="page-title">{{ t('quarter.nav.results') }}</h1>
      <div class="toolbar">
        <label for="results-cycle" class="field-label inline">{{ t('quarter.cycle') }}</label>
        <a-select id="results-cycle" v-model:value="cycleId" class="cycle-select" :placeholder="t('quarter.results.pickCycle')">
          <a-select-option v-for="c in visibleCycles" :key="c.id" :value="c.id">{{ cycleName(c) }}</a-select-option>
        </a-select>
        <export-buttons v-if="cycleId && ranking.length" v-bind="exportsOf(cycleId)" printable />
        <router-link :to="{ name: 'year' }" class="no-print" id="to-year">{{ t('reports.year.nav') }}</router-link>
      </div>
      <a-empty v-if="!loading && !visibleCycles.length" :description="t('quarter.results.noneYet')" />
      <a-alert v-if="error" type="warning" show-icon :message="error" id="results-error" />
      <a-row v-show="ranking.length" :gutter="[16, 16]">
        <a-col :xs="24" :lg="12">
          <a-card size="small" :title="t('quarter.results.ranking')">
            <a-table :columns="columns" :data-source="ranking" row-key="branch" size="small" id="ranking-table" :loading="loading"
                     :pagination="{ pageSize: 10, hideOnSinglePage: true }" :custom-row="customRow">
              <template #bodyCell="{ column, record }">
                <template v-if="column.key === 'branch'"><org-name :branch="record.branch" /></template>
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
          <a-card size="small" :title="t('quarter.results.totals')"><div ref="bar" class="chart" id="bar-chart" role="img" :aria-label="t('quarter.results.totals')"></div></a-card>
        </a-col>
        <a-col :xs="24">
          <a-card size="small" :title="selected ? t('quarter.results.radarOf', { branch: branchLabel(selected.branch) }) : t('quarter.results.radar')">
            <a-alert v-if="radarError" type="info" show-icon :message="radarError" />
            <p v-else-if="!selected" class="muted">{{ t('quarter.results.pickBranch') }}</p>
            <div v-show="selected" ref="radar" class="chart" id="radar-chart" role="img" :aria-label="t('quarter.results.radar')"></div>
          </a-card>
        </a-col>
      </a-row>
    </div>`,
};
