// 待办: the signed-in user's open tasks, filtered, sorted and paged by the server (docs/scale.md); the filters
// are remembered per user (localStorage). A row opens the task's page.
import { api } from '../api.js';
import { session } from '../session.js';
import { TASK_KEYS } from '../quarter.js';

const { ref, reactive, computed, onMounted, watch } = Vue;
const { useRouter, useRoute } = VueRouter;
const { useI18n } = VueI18n;

/** The stages a role works on, for the stage buttons. */
const STAGES = {
  BRANCH: ['selfAssessment', 'bonusDeclaration'],
  REVIEWER: ['departmentReview', 'bonusEndorsement'],
  LEADER: ['leadershipConfirmation', 'publication', 'objectionAnswer'],
};
const PAGE_SIZES = ['20', '50', '100', '200'];
const blank = () => ({ branch: '', taskKey: null, cycle: null, overdue: false, returned: false, sort: 'due', size: 50, page: 0 });

export default {
  name: 'TasksPage',
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const route = useRoute();
    const user = computed(() => session.user || {});
    const storageKey = computed(() => 'kaoping.tasks.' + (user.value.username || ''));
    const filters = reactive(blank());
    const loading = ref(true);
    const error = ref(null);
    const tasks = ref([]);
    const total = ref(0);
    const cycles = ref({});
    const stages = computed(() => STAGES[user.value.role] || TASK_KEYS);

    function remembered() {
      try {
        return JSON.parse(window.localStorage.getItem(storageKey.value) || 'null');
      } catch (ignored) {
        return null;
      }
    }
    function remember() {
      try {
        window.localStorage.setItem(storageKey.value, JSON.stringify(filters));
      } catch (ignored) {
        // not remembered, that is all
      }
    }
    // a link naming a cycle (?cycle=ID, from the cycle page; &taskKey= from a grouped notification) shows that
    // cycle's tasks, nothing else filtered
    function initial() {
      if (route.query.cycle) {
        Object.assign(filters, blank(), { cycle: Number(route.query.cycle), taskKey: route.query.taskKey || null });
      } else {
        Object.assign(filters, blank(), remembered() || {});
      }
    }

    let sequence = 0;
    async function load() {
      const mine = ++sequence;
      loading.value = true;
      error.value = null;
      remember();
      try {
        const page = await api.taskPage({
          page: filters.page, size: filters.size, sort: filters.sort, cycle: filters.cycle,
          taskKey: filters.taskKey, branch: filters.branch.trim(), overdue: filters.overdue, returned: filters.returned,
        });
        if (mine !== sequence) return; // a newer request is on its way
        tasks.value = page.items;
        total.value = page.total;
      } catch (e) {
        if (mine === sequence) error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        if (mine === sequence) loading.value = false;
      }
    }
    initial(); // before the watchers below, so that restoring the filters loads nothing by itself
    onMounted(async () => {
      const list = await api.cycles().catch(() => []);
      cycles.value = Object.fromEntries(list.map((c) => [c.id, c]));
      load();
    });
    // any filter but the page starts again at the first page
    let searchTimer = null;
    watch(() => [filters.taskKey, filters.cycle, filters.overdue, filters.returned, filters.sort, filters.size], () => {
      filters.page = 0;
      load();
    });
    watch(() => filters.branch, () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { filters.page = 0; load(); }, 300);
    });
    function search() {
      clearTimeout(searchTimer);
      filters.page = 0;
      load();
    }
    function reset() {
      Object.assign(filters, blank());
      if (route.query.cycle) router.replace({ name: 'tasks' });
    }
    function onTableChange(pagination, _filters, sorter) {
      const sort = sorter && sorter.order ? (sorter.order === 'descend' ? '-' : '') + (sorter.columnKey === 'branch' ? 'branch' : 'due') : 'due';
      if (pagination.pageSize !== filters.size || sort !== filters.sort) {
        filters.size = pagination.pageSize;
        filters.sort = sort;
        return; // the watcher loads the first page
      }
      filters.page = pagination.current - 1;
      load();
    }

    const cycleOptions = computed(() => Object.values(cycles.value)
      .sort((a, b) => b.year - a.year || b.quarter - a.quarter)
      .map((c) => ({ value: c.id, label: cycleName(c.id) })));
    function cycleName(id) {
      const c = cycles.value[id];
      return c ? t('quarter.cycleName', { year: c.year, quarter: c.quarter }) : (id ? '#' + id : '–');
    }
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    const order = (key) => (filters.sort === key ? 'ascend' : filters.sort === '-' + key ? 'descend' : null);
    const columns = computed(() => [
      { title: t('quarter.tasks.stage'), key: 'stage' },
      { title: t('quarter.branch'), dataIndex: 'branch', key: 'branch', sorter: true, sortOrder: order('branch') },
      { title: t('quarter.cycle'), key: 'cycle' },
      { title: t('quarter.tasks.due'), key: 'due', sorter: true, sortOrder: order('due') },
      { title: t('quarter.tasks.created'), key: 'created', responsive: ['md'] },
      { title: '', key: 'action', width: 90 },
    ]);
    const pagination = computed(() => ({
      current: filters.page + 1, pageSize: filters.size, total: total.value, showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES, hideOnSinglePage: false, showTotal: (n) => t('scale.tasks.total', { n }),
    }));
    const workbenchCycle = computed(() => (user.value.role === 'REVIEWER' ? filters.cycle : null));
    // the leadership group's summary of a cycle's confirmations (docs/scale.md): once a cycle is chosen, or for the
    // cycle of the confirmations listed
    const confirmationsCycle = computed(() => {
      if (user.value.role !== 'LEADER') return null;
      if (filters.cycle) return filters.cycle;
      const first = tasks.value.find((task) => task.taskKey === 'leadershipConfirmation' && task.cycleId);
      return first ? first.cycleId : null;
    });

    function open(task) {
      router.push({ name: 'task', params: { id: task.id } });
    }
    const customRow = (record) => ({ onClick: () => open(record), class: 'clickable-row', 'data-task-key': record.taskKey, 'data-branch': record.branch || '', 'data-cycle': record.cycleId || '' });

    return { t, loading, error, tasks, total, filters, stages, cycleOptions, columns, pagination, cycleName, fmt, open,
      customRow, load, search, reset, onTableChange, workbenchCycle, confirmationsCycle };
  },
  template: `
    <div class="page tasks-page">
      <h1 class="page-title">{{ t('quarter.nav.tasks') }}</h1>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <div class="toolbar task-filters" id="task-filters">
        <a-input-search id="task-search" v-model:value="filters.branch" :placeholder="t('scale.tasks.search')"
                        allow-clear style="width: 240px" :aria-label="t('scale.tasks.search')" @search="search" />
        <a-select id="task-cycle" v-model:value="filters.cycle" :options="cycleOptions" allow-clear
                  :placeholder="t('scale.tasks.anyCycle')" style="width: 180px" :aria-label="t('scale.tasks.cycle')" />
        <a-checkbox id="task-overdue" v-model:checked="filters.overdue">{{ t('scale.tasks.overdueOnly') }}</a-checkbox>
        <a-checkbox id="task-returned" v-model:checked="filters.returned">{{ t('scale.tasks.returnedOnly') }}</a-checkbox>
        <a-button size="small" id="task-reset" @click="reset">{{ t('scale.tasks.reset') }}</a-button>
        <router-link v-if="workbenchCycle" id="workbench-link" :to="{ name: 'workbench', params: { id: workbenchCycle } }">
          <a-button size="small" type="primary">{{ t('scale.tasks.workbench') }}</a-button></router-link>
        <router-link v-if="confirmationsCycle" id="confirmations-link" :to="{ name: 'confirmations', params: { id: confirmationsCycle } }">
          <a-button size="small" type="primary">{{ t('scale.confirmations.fromTasks') }}<template v-if="!filters.cycle"> · {{ cycleName(confirmationsCycle) }}</template></a-button></router-link>
        <a-button size="small" @click="load" :loading="loading" class="push-right">{{ t('quarter.refresh') }}</a-button>
      </div>
      <div class="toolbar stage-counts" id="stage-counts" role="group" :aria-label="t('scale.tasks.stage')">
        <a-button size="small" :type="filters.taskKey === null ? 'primary' : 'default'" @click="filters.taskKey = null">
          {{ t('quarter.tasks.all') }} <span class="count-badge" id="count-all">{{ total }}</span></a-button>
        <a-button v-for="k in stages" :key="k" size="small" :type="filters.taskKey === k ? 'primary' : 'default'"
                  :data-stage="k" @click="filters.taskKey = filters.taskKey === k ? null : k">{{ t('quarter.taskKeys.' + k) }}</a-button>
      </div>
      <a-table :columns="columns" :data-source="tasks" row-key="id" :loading="loading" size="middle" id="task-table"
               :pagination="pagination" :custom-row="customRow" :scroll="{ x: 640 }" @change="onTableChange"
               :locale="{ emptyText: t('quarter.tasks.none') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'stage'">
            <a-tag color="red" class="stage-tag">{{ t('quarter.taskKeys.' + record.taskKey) }}</a-tag>
            <a-tag v-if="record.returned" color="orange" class="returned-tag">{{ t('quarter.tasks.returned') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'branch'">
            <span class="branch-code">{{ record.branch || '–' }}</span><template v-if="record.branchName">&nbsp;<span class="branch-name">{{ record.branchName }}</span></template>
          </template>
          <template v-else-if="column.key === 'cycle'">{{ cycleName(record.cycleId) }}</template>
          <template v-else-if="column.key === 'due'">
            {{ fmt(record.due) }} <a-tag v-if="record.overdue" color="error" class="overdue-tag">{{ t('quarter.tasks.overdue') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'created'">{{ fmt(record.created) }}</template>
          <template v-else-if="column.key === 'action'">
            <a-button type="link" size="small" @click.stop="open(record)">{{ t('quarter.tasks.open') }}</a-button>
          </template>
        </template>
      </a-table>
    </div>`,
};
