// 进度看板: where a cycle stands, for the leadership group and administrators (docs/scale.md): per department
// (pending, done, returned, overdue), per branch (stage, days overdue), and the overdue tasks with 催办.
import { api } from '../api.js';
import { useCyclePage } from '../composables/useCyclePage.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'DashboardPage',
  setup() {
    const { t, te } = useI18n();
    const board = ref(null);
    const search = ref('');
    const reminding = ref({});
    const { cycle, cycleName, loading, error, load, fmt } = useCyclePage(async (id, current) => {
      const b = await api.dashboard(id);
      if (current()) board.value = b;
    });
    onMounted(load);

    async function remind(task) {
      reminding.value = { ...reminding.value, [task.task]: true };
      try {
        await api.remind(task.task);
        task.remindedToday = true;
        antd.message.success(t('scale.dashboard.reminded'));
      } catch (e) {
        if (e.status === 409) task.remindedToday = true;
        antd.message.warning(e.status === 409 ? t('scale.dashboard.remindedToday') : e.message);
      } finally {
        reminding.value = { ...reminding.value, [task.task]: false };
      }
    }
    const unitName = (code) => (te('departments.' + code) ? t('departments.' + code) : code);
    const branches = computed(() => {
      const text = search.value.trim().toLowerCase();
      const list = (board.value && board.value.branches) || [];
      return list.filter((b) => !text || b.branch.toLowerCase().includes(text) || (b.name || '').toLowerCase().includes(text));
    });
    const departmentColumns = computed(() => [
      { title: t('scale.dashboard.department'), key: 'department' },
      { title: t('scale.dashboard.pending'), dataIndex: 'pending', key: 'pending' },
      { title: t('scale.dashboard.done'), dataIndex: 'done', key: 'done' },
      { title: t('scale.dashboard.returned'), dataIndex: 'returned', key: 'returned' },
      { title: t('scale.dashboard.overdue'), key: 'overdue' },
    ]);
    const branchColumns = computed(() => [
      { title: t('scale.dashboard.branch'), key: 'branch', sorter: (a, b) => a.branch.localeCompare(b.branch) },
      { title: t('scale.dashboard.stage'), key: 'stage' },
      { title: t('scale.dashboard.daysOverdue'), key: 'daysOverdue', sorter: (a, b) => a.daysOverdue - b.daysOverdue },
    ]);
    const overdueColumns = computed(() => [
      { title: t('scale.dashboard.branch'), key: 'branch' },
      { title: t('scale.dashboard.stage'), key: 'stage' },
      { title: t('scale.dashboard.group'), key: 'group' },
      { title: t('scale.dashboard.due'), key: 'due' },
      { title: t('scale.dashboard.daysOverdue'), key: 'daysOverdue' },
      { title: '', key: 'action', width: 110 },
    ]);
    const overdueRow = (record) => ({ 'data-branch': record.branch, 'data-task': record.task });
    const branchRow = (record) => ({ 'data-branch': record.branch });
    return { t, cycle, cycleName, board, loading, error, search, branches, remind, reminding, unitName, fmt,
      departmentColumns, branchColumns, overdueColumns, overdueRow, branchRow, load };
  },
  template: `
    <div class="page dashboard-page">
      <router-link :to="{ name: 'cycle', params: { id: $route.params.id } }" class="back-link">← {{ cycleName || t('quarter.nav.cycles') }}</router-link>
      <h1 class="page-title" id="dashboard-title">{{ t('scale.dashboard.title', { cycle: cycleName }) }}
        <a-button size="small" @click="load" :loading="loading">{{ t('quarter.refresh') }}</a-button></h1>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <template v-if="board">
        <h2 class="section-title">{{ t('scale.dashboard.overdueList') }}</h2>
        <a-table :columns="overdueColumns" :data-source="board.overdue" row-key="task" size="small" id="overdue-table"
                 :custom-row="overdueRow" :pagination="{ pageSize: 20, hideOnSinglePage: true }" :scroll="{ x: 720 }"
                 :locale="{ emptyText: t('scale.dashboard.noOverdue') }">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'branch'"><span class="branch-code">{{ record.branch }}</span> {{ record.branchName }}</template>
            <template v-else-if="column.key === 'stage'">{{ t('quarter.taskKeys.' + record.taskKey) }}</template>
            <template v-else-if="column.key === 'group'">{{ record.departments.map((d) => (d === record.branch ? record.branchName : unitName(d))).join('、') }}</template>
            <template v-else-if="column.key === 'due'">{{ fmt(record.due) }}</template>
            <template v-else-if="column.key === 'daysOverdue'"><a-tag color="error">{{ t('scale.dashboard.days', { n: record.daysOverdue }) }}</a-tag></template>
            <template v-else-if="column.key === 'action'">
              <a-button size="small" danger class="remind-button" :disabled="record.remindedToday" :loading="reminding[record.task]"
                        @click="remind(record)">{{ record.remindedToday ? t('scale.dashboard.remindedToday') : t('scale.dashboard.remind') }}</a-button>
            </template>
          </template>
        </a-table>
        <h2 class="section-title">{{ t('scale.dashboard.departments') }}</h2>
        <a-table :columns="departmentColumns" :data-source="board.departments" row-key="department" size="small"
                 id="department-table" :pagination="false">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'department'">{{ unitName(record.department) }}</template>
            <template v-else-if="column.key === 'overdue'"><span :class="{ 'overdue-count': record.overdue }">{{ record.overdue }}</span></template>
          </template>
        </a-table>
        <h2 class="section-title">{{ t('scale.dashboard.branches') }}</h2>
        <a-input-search id="dashboard-search" v-model:value="search" :placeholder="t('scale.tasks.search')" allow-clear
                        style="width: 240px; margin-bottom: 8px" :aria-label="t('scale.tasks.search')" />
        <a-table :columns="branchColumns" :data-source="branches" row-key="assessmentId" size="small" id="branch-table"
                 :custom-row="branchRow" :pagination="{ pageSize: 50, hideOnSinglePage: true }">
          <template #bodyCell="{ column, record }">
            <template v-if="column.key === 'branch'">
              <router-link :to="{ name: 'assessment', params: { id: record.assessmentId } }"><span class="branch-code">{{ record.branch }}</span> {{ record.name }}</router-link>
            </template>
            <template v-else-if="column.key === 'stage'">
              <a-tag v-if="record.locked" color="green">{{ t('scale.dashboard.locked') }}</a-tag>
              <a-tag v-for="s in record.stages" :key="s">{{ t('quarter.taskKeys.' + s) }}</a-tag>
            </template>
            <template v-else-if="column.key === 'daysOverdue'">
              <a-tag v-if="record.daysOverdue" color="error">{{ t('scale.dashboard.days', { n: record.daysOverdue }) }}</a-tag>
              <span v-else class="muted">–</span>
            </template>
          </template>
        </a-table>
      </template>
    </div>`,
};
