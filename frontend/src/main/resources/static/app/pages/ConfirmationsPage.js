// 领导小组认定汇总: every branch of a cycle awaiting the leadership group's confirmation with what it weighs — self and
// reviewed totals, bonuses declared and endorsed, vetoes the reviewed findings report (docs/scale.md) — searched,
// sorted and paged by the server; the search, sort and page stay in the address. A row opens its confirmation in
// the run: the confirmation page then offers 上一个 / 下一个 in this order and goes on to the next after approving.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatScore, formatDelta } from '../format.js';
import { useCyclePage } from '../composables/useCyclePage.js';
import { runQuery } from '../composables/useConfirmationRun.js';

const { ref, reactive, computed, onMounted, watch } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const PAGE_SIZES = ['20', '50', '100', '200'];
/** The table's sortable columns and the server's sort keys (GET /api/cycles/{id}/confirmations). */
const SORT_KEYS = { branch: 'branch', self: 'self', difference: 'difference', reviewedTotal: 'reviewed', declared: 'bonus', vetoes: 'vetoes', due: 'due' };

export default {
  name: 'ConfirmationsPage',
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const state = reactive({
      branch: String(route.query.branch || ''),
      sort: String(route.query.sort || 'branch'),
      page: Number(route.query.page || 0),
      size: Number(route.query.size || 50),
    });
    const entries = ref([]);
    const total = ref(0);
    const { cycleId, cycleName, loading, error, load, fmt } = useCyclePage(async (id, current) => {
      const page = await api.confirmations(id, { page: state.page, size: state.size, sort: state.sort, branch: state.branch.trim() });
      if (!current()) return;
      entries.value = page.items;
      total.value = page.total;
    });
    /** Loads with the address saying what is shown, so that 返回汇总 and a reload find the same page. */
    function show() {
      const query = { ...runQuery(cycleId.value, state), page: state.page ? String(state.page) : undefined, size: state.size !== 50 ? String(state.size) : undefined };
      delete query.run;
      router.replace({ query });
      load();
    }
    onMounted(load);
    let searchTimer = null;
    watch(() => state.branch, () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { state.page = 0; show(); }, 300);
    });
    function search() {
      clearTimeout(searchTimer);
      state.page = 0;
      show();
    }
    function onTableChange(pagination, _filters, sorter) {
      const key = sorter && sorter.order ? SORT_KEYS[sorter.columnKey] : null;
      const sort = key ? (sorter.order === 'descend' ? '-' : '') + key : 'branch';
      if (pagination.pageSize !== state.size || sort !== state.sort) {
        state.size = pagination.pageSize;
        state.sort = sort;
        state.page = 0;
      } else {
        state.page = pagination.current - 1;
      }
      show();
    }
    const order = (column) => {
      const key = SORT_KEYS[column];
      return state.sort === key ? 'ascend' : state.sort === '-' + key ? 'descend' : null;
    };
    const sortable = (column) => ({ sorter: true, sortOrder: order(column) });
    const columns = computed(() => [
      { title: t('scale.confirmations.branch'), key: 'branch', ...sortable('branch') },
      { title: t('scale.confirmations.self'), key: 'self', align: 'right', ...sortable('self') },
      { title: t('scale.confirmations.reviewedBase'), key: 'reviewedBase', align: 'right', responsive: ['md'] },
      { title: t('scale.confirmations.difference'), key: 'difference', align: 'right', ...sortable('difference') },
      { title: t('scale.confirmations.declared'), key: 'declared', align: 'right', ...sortable('declared') },
      { title: t('scale.confirmations.endorsed'), key: 'endorsed', align: 'right' },
      { title: t('scale.confirmations.reviewedTotal'), key: 'reviewedTotal', align: 'right', ...sortable('reviewedTotal') },
      { title: t('scale.confirmations.vetoes'), key: 'vetoes', ...sortable('vetoes') },
      { title: t('scale.confirmations.due'), key: 'due', responsive: ['lg'], ...sortable('due') },
      { title: '', key: 'action', width: 80 },
    ]);
    const pagination = computed(() => ({
      current: state.page + 1, pageSize: state.size, total: total.value, showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES, hideOnSinglePage: false, showTotal: (n) => t('scale.tasks.total', { n }),
    }));
    // the leadership group confirms; an administrator reads the assessment
    const confirms = computed(() => (session.user || {}).role === 'LEADER');
    function open(entry) {
      if (confirms.value) router.push({ name: 'task', params: { id: entry.task }, query: runQuery(cycleId.value, state) });
      else router.push({ name: 'assessment', params: { id: entry.assessmentId } });
    }
    const customRow = (record) => ({ onClick: () => open(record), class: 'clickable-row' + (record.vetoCount ? ' has-veto' : ''), 'data-branch': record.branch, 'data-task': record.task });
    return { t, state, entries, total, cycleName, loading, error, load, fmt, search, onTableChange, columns, pagination,
      customRow, open, confirms, formatScore, formatDelta };
  },
  template: `
    <div class="page confirmations-page">
      <router-link :to="{ name: 'tasks', query: { cycle: $route.params.id } }" class="back-link">← {{ t('quarter.nav.tasks') }}</router-link>
      <h1 class="page-title" id="confirmations-title">{{ t('scale.confirmations.title', { cycle: cycleName }) }}</h1>
      <p class="page-intro">{{ t('scale.confirmations.intro') }}</p>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <div class="toolbar">
        <a-input-search id="confirmations-search" v-model:value="state.branch" :placeholder="t('scale.tasks.search')" allow-clear
                        style="width: 240px" :aria-label="t('scale.tasks.search')" @search="search" />
        <span class="muted" id="confirmations-total">{{ t('scale.tasks.total', { n: total }) }}</span>
        <a-button size="small" @click="load" :loading="loading" class="push-right">{{ t('quarter.refresh') }}</a-button>
      </div>
      <a-table :columns="columns" :data-source="entries" row-key="task" :loading="loading" size="middle" id="confirmations-table"
               :pagination="pagination" :custom-row="customRow" :scroll="{ x: 900 }" @change="onTableChange"
               :locale="{ emptyText: t('scale.confirmations.empty') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'branch'"><span class="branch-code">{{ record.branch }}</span> {{ record.name }}</template>
          <template v-else-if="column.key === 'self'"><span class="self-total">{{ formatScore(record.selfTotal) }}</span></template>
          <template v-else-if="column.key === 'reviewedBase'"><span class="reviewed-base">{{ formatScore(record.reviewedBase) }}</span></template>
          <template v-else-if="column.key === 'difference'">
            <span class="difference" :class="{ worse: Number(record.difference) < 0 }">{{ Number(record.difference) ? formatDelta(record.difference) : '–' }}</span>
          </template>
          <template v-else-if="column.key === 'declared'">
            <span class="declared">{{ record.declaredCount ? t('scale.confirmations.bonusLine', { points: formatScore(record.declaredPoints), n: record.declaredCount }) : '–' }}</span>
          </template>
          <template v-else-if="column.key === 'endorsed'">
            <span class="endorsed">{{ record.endorsedCount ? t('scale.confirmations.bonusLine', { points: formatScore(record.endorsedPoints), n: record.endorsedCount }) : '–' }}</span>
          </template>
          <template v-else-if="column.key === 'reviewedTotal'"><strong class="reviewed-total">{{ formatScore(record.reviewedTotal) }}</strong></template>
          <template v-else-if="column.key === 'vetoes'">
            <a-tag v-if="record.vetoCount" color="red" class="veto-tag">{{ t('scale.confirmations.vetoClauses', { clauses: record.vetoes.join('、') }) }}</a-tag>
            <span v-else class="muted">{{ t('scale.confirmations.noVeto') }}</span>
          </template>
          <template v-else-if="column.key === 'due'">
            {{ fmt(record.due) }} <a-tag v-if="record.overdue" color="error">{{ t('scale.dashboard.days', { n: record.daysOverdue }) }}</a-tag>
          </template>
          <template v-else-if="column.key === 'action'">
            <a-button type="link" size="small" class="open-confirmation" @click.stop="open(record)">{{ confirms ? t('scale.confirmations.open') : t('quarter.viewAssessment') }}</a-button>
          </template>
        </template>
      </a-table>
    </div>`,
};
