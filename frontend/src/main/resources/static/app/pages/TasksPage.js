// 待办: the signed-in user's open tasks, counted per stage; a row opens the task's page.
import { api } from '../api.js';
import { TASK_KEYS } from '../quarter.js';

const { ref, computed, onMounted } = Vue;
const { useRouter, useRoute } = VueRouter;
const { useI18n } = VueI18n;

export default {
  name: 'TasksPage',
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const route = useRoute();
    // ?cycle=ID narrows the list to one cycle (the cycle page links here)
    const cycleFilter = computed(() => (route.query.cycle ? Number(route.query.cycle) : null));
    const loading = ref(true);
    const error = ref(null);
    const tasks = ref([]);
    const cycles = ref({});
    const stage = ref(null); // filter by task key

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const [list, cycleList] = await Promise.all([api.tasks(), api.cycles().catch(() => [])]);
        tasks.value = list;
        cycles.value = Object.fromEntries(cycleList.map((c) => [c.id, c]));
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    const counts = computed(() => {
      const out = {};
      for (const task of tasks.value) out[task.taskKey] = (out[task.taskKey] || 0) + 1;
      return TASK_KEYS.filter((k) => out[k]).map((k) => ({ key: k, n: out[k] }));
    });
    const overdue = computed(() => tasks.value.filter((x) => x.overdue).length);
    const rows = computed(() => tasks.value.filter((x) => (!stage.value || x.taskKey === stage.value)
        && (!cycleFilter.value || x.cycleId === cycleFilter.value)));
    function clearCycle() {
      router.replace({ name: 'tasks' });
    }

    function cycleName(id) {
      const c = cycles.value[id];
      return c ? t('quarter.cycleName', { year: c.year, quarter: c.quarter }) : (id ? '#' + id : '–');
    }
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');

    const columns = computed(() => [
      { title: t('quarter.tasks.stage'), key: 'stage', sorter: (a, b) => TASK_KEYS.indexOf(a.taskKey) - TASK_KEYS.indexOf(b.taskKey) },
      { title: t('quarter.branch'), dataIndex: 'branch', key: 'branch', sorter: (a, b) => String(a.branch).localeCompare(String(b.branch)) },
      { title: t('quarter.cycle'), key: 'cycle' },
      { title: t('quarter.tasks.due'), key: 'due', defaultSortOrder: 'ascend',
        sorter: (a, b) => String(a.due || '9').localeCompare(String(b.due || '9')) },
      { title: t('quarter.tasks.created'), key: 'created', sorter: (a, b) => String(a.created).localeCompare(String(b.created)), responsive: ['md'] },
      { title: '', key: 'action', width: 90 },
    ]);

    function open(task) {
      router.push({ name: 'task', params: { id: task.id } });
    }
    const customRow = (record) => ({ onClick: () => open(record), class: 'clickable-row', 'data-task-key': record.taskKey, 'data-branch': record.branch || '', 'data-cycle': record.cycleId || '' });

    return { t, loading, error, tasks, rows, counts, overdue, stage, cycleFilter, clearCycle, columns, cycleName, fmt, open, customRow, load };
  },
  template: `
    <div class="page tasks-page">
      <h1 class="page-title">{{ t('quarter.nav.tasks') }}</h1>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <div class="toolbar stage-counts" id="stage-counts" role="group" :aria-label="t('quarter.tasks.perStage')">
        <a-button size="small" :type="stage === null ? 'primary' : 'default'" @click="stage = null">
          {{ t('quarter.tasks.all') }} <span class="count-badge" id="count-all">{{ tasks.length }}</span></a-button>
        <a-button v-for="c in counts" :key="c.key" size="small" :type="stage === c.key ? 'primary' : 'default'"
                  :data-stage="c.key" @click="stage = stage === c.key ? null : c.key">
          {{ t('quarter.taskKeys.' + c.key) }} <span class="count-badge">{{ c.n }}</span></a-button>
        <a-tag v-if="cycleFilter" closable id="cycle-filter" @close="clearCycle">{{ cycleName(cycleFilter) }}</a-tag>
        <a-tag v-if="overdue" color="red" id="count-overdue">{{ t('quarter.tasks.overdueCount', { n: overdue }) }}</a-tag>
        <a-button size="small" @click="load" :loading="loading" class="push-right">{{ t('quarter.refresh') }}</a-button>
      </div>
      <a-table :columns="columns" :data-source="rows" row-key="id" :loading="loading" size="middle" id="task-table"
               :pagination="{ pageSize: 10, hideOnSinglePage: true }" :custom-row="customRow" :scroll="{ x: 640 }"
               :locale="{ emptyText: t('quarter.tasks.none') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'stage'">
            <a-tag color="red" class="stage-tag">{{ t('quarter.taskKeys.' + record.taskKey) }}</a-tag>
            <a-tag v-if="record.returned" color="orange" class="returned-tag">{{ t('quarter.tasks.returned') }}</a-tag>
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
