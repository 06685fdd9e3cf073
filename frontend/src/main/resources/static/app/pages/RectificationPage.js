// 整改 overview: for one cycle, per branch and per owning department the items open, overdue and closed and the
// rectification rate, every item the user may see, and the 整改台账 download (docs/rectification.md).
import { api } from '../api.js';
import { formatAmount } from '../format.js';
import ExportButtons from './ExportButtons.js';

const { ref, watch, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

export default {
  name: 'RectificationPage',
  components: { ExportButtons },
  setup() {
    const { t, te } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const cycles = ref([]);
    const cycleId = ref(null);
    const overview = ref({ branches: [], departments: [] });
    const items = ref([]);
    const loading = ref(true);
    const error = ref(null);

    const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);
    const percent = (rate) => (rate === null || rate === undefined ? '' : (Number(rate) * 100).toFixed(1) + '%');
    const day = (instant) => (instant ? String(instant).substring(0, 10) : '');

    async function load() {
      if (!cycleId.value) {
        loading.value = false;
        return;
      }
      loading.value = true;
      error.value = null;
      try {
        [overview.value, items.value] = await Promise.all([
          api.rectificationOverview(cycleId.value),
          api.rectifications({ cycle: cycleId.value }),
        ]);
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }

    onMounted(async () => {
      try {
        cycles.value = (await api.cycles()).slice().sort((a, b) => b.year - a.year || b.quarter - a.quarter);
        const wanted = Number(route.query.cycle);
        cycleId.value = cycles.value.some((c) => c.id === wanted) ? wanted : (cycles.value[0] || {}).id || null;
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      }
      await load();
      watch(cycleId, (id) => {
        router.replace({ query: { cycle: id } });
        load();
      });
    });

    return { t, cycles, cycleId, overview, items, loading, error, departmentName, percent, day, formatAmount, api };
  },
  template: `
    <div class="page rectification-page">
      <h1 class="page-title">{{ t('rect.title') }}</h1>
      <p class="muted">{{ t('rect.intro') }}</p>
      <div class="toolbar">
        <label for="rect-cycle" class="field-label">{{ t('rect.cycle') }}</label>
        <a-select id="rect-cycle" v-model:value="cycleId" class="cycle-select" :aria-label="t('rect.cycle')">
          <a-select-option v-for="c in cycles" :key="c.id" :value="c.id">{{ t('quarter.cycleName', { year: c.year, quarter: c.quarter }) }}</a-select-option>
        </a-select>
        <export-buttons v-if="cycleId" :excel="[{ href: api.rectificationsXlsxUrl(cycleId), label: 'rect.download', id: 'rect-xlsx' }]" />
      </div>
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <template v-else>
        <a-row :gutter="[16, 16]">
          <a-col :xs="24" :lg="12" v-for="part in [{ key: 'branches', title: 'rect.byBranch' }, { key: 'departments', title: 'rect.byDepartment' }]" :key="part.key">
            <a-card size="small" class="section-card" :title="t(part.title)">
              <div class="table-scroll">
              <table class="indicator-table" :id="'rect-' + part.key">
                <thead><tr><th scope="col">{{ t('rect.key') }}</th><th scope="col">{{ t('rect.open') }}</th><th scope="col">{{ t('rect.overdue') }}</th>
                  <th scope="col">{{ t('rect.closed') }}</th><th scope="col">{{ t('rect.total') }}</th><th scope="col">{{ t('rect.rate') }}</th></tr></thead>
                <tbody>
                  <tr v-if="!overview[part.key].length"><td colspan="6" class="muted">{{ t('rect.none') }}</td></tr>
                  <tr v-for="f in overview[part.key]" :key="f.key" :data-key="f.key">
                    <th scope="row">{{ part.key === 'departments' ? departmentName(f.key) : f.key }}</th>
                    <td class="open">{{ f.open }}</td><td class="overdue" :class="{ worse: f.overdue > 0 }">{{ f.overdue }}</td>
                    <td class="closed">{{ f.closed }}</td><td>{{ f.total }}</td><td class="rate">{{ percent(f.rate) }}</td>
                  </tr>
                </tbody>
              </table>
              </div>
            </a-card>
          </a-col>
        </a-row>
        <a-card size="small" class="section-card" :title="t('rect.items')">
          <div class="table-scroll">
          <table class="indicator-table" id="rect-items">
            <thead><tr><th scope="col">{{ t('quarter.branch') }}</th><th scope="col">{{ t('rect.clause') }}</th><th scope="col">{{ t('rect.kind') }}</th>
              <th scope="col">{{ t('rect.deduction') }}</th><th scope="col">{{ t('rect.department') }}</th><th scope="col">{{ t('rect.due') }}</th>
              <th scope="col">{{ t('rect.state') }}</th><th scope="col">{{ t('rect.measures') }}</th></tr></thead>
            <tbody>
              <tr v-if="!items.length"><td colspan="8" class="muted">{{ t('rect.none') }}</td></tr>
              <tr v-for="i in items" :key="i.id" :data-branch="i.branch" :data-clause="i.clause">
                <td>{{ i.branch }}</td><td>{{ i.clause }}</td><td>{{ t('rect.kinds.' + i.kind) }}</td><td>{{ formatAmount(i.deduction) }}</td>
                <td>{{ departmentName(i.department) }}</td><td :class="{ worse: i.overdue }">{{ day(i.due) }}</td>
                <td class="state"><a-tag :color="i.state === 'CLOSED' ? 'green' : i.state === 'RETURNED' ? 'warning' : 'blue'">{{ t('rect.states.' + i.state) }}</a-tag></td>
                <td>{{ i.measures }}</td>
              </tr>
            </tbody>
          </table>
          </div>
        </a-card>
      </template>
    </div>`,
};
