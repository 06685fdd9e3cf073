// 待办 on the home page: the caller's open tasks with their due dates, overdue and returned ones first (issue 10).
import { api } from '../../api.js';
import { branchName } from '../../names.js';
import { useCycleNames } from '../../composables/useCycleNames.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

/** Overdue first, then returned, then by due date (none last). */
export function pendingOrder(a, b) {
  const rank = (x) => (x.overdue ? 0 : x.returned ? 1 : 2);
  return rank(a) - rank(b) || String(a.due || '9999').localeCompare(String(b.due || '9999'));
}

export default {
  name: 'PendingTasks',
  props: { limit: { type: Number, default: 8 } },
  setup(props) {
    const { t } = useI18n();
    const tasks = ref([]);
    const loading = ref(true);
    const error = ref(null);
    // the leadership group's confirmations go through their summary, one cycle at a time (docs/scale.md)
    const { cycleName, loadCycles } = useCycleNames();
    const confirmationCycles = computed(() => [...new Set(tasks.value
      .filter((task) => task.taskKey === 'leadershipConfirmation' && task.cycleId).map((task) => task.cycleId))]);
    onMounted(async () => {
      try {
        tasks.value = (await api.tasks()).slice().sort(pendingOrder);
        if (confirmationCycles.value.length) await loadCycles();
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        loading.value = false;
      }
    });
    const shown = computed(() => tasks.value.slice(0, props.limit));
    // "还剩 3 天" / "已逾期 2 天" / "今天到期"
    const dueIn = (due) => {
      if (!due) return t('home.due.none');
      const days = dayjs(due).startOf('day').diff(dayjs().startOf('day'), 'day');
      if (days < 0) return t('home.due.overdue', { n: -days }, -days);
      if (days === 0) return t('home.due.today');
      return t('home.due.left', { n: days }, days);
    };
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    return { t, tasks, shown, loading, error, dueIn, fmt, branchName, confirmationCycles, cycleName };
  },
  template: `
    <a-card size="small" :title="t('home.pending.title') + (tasks.length ? ' (' + tasks.length + ')' : '')" class="section-card" id="home-pending">
      <template #extra><router-link :to="{ name: 'tasks' }" id="home-all-tasks">{{ t('home.pending.all') }}</router-link></template>
      <a-alert v-if="error" type="error" show-icon :message="error" />
      <a-spin v-else-if="loading" />
      <p v-else-if="!tasks.length" class="muted" id="home-no-pending">{{ t('home.pending.none') }}</p>
      <p v-for="id in confirmationCycles" :key="'run' + id" class="confirmations-home-link">
        <router-link :to="{ name: 'confirmations', params: { id } }" :id="'home-confirmations-' + id">
          <a-button type="primary" size="small">{{ t('scale.confirmations.homeLink', { cycle: cycleName(id) }) }}</a-button></router-link>
      </p>
      <ul v-if="!loading && !error && tasks.length" class="pending-list">
        <li v-for="task in shown" :key="task.id" :class="['pending-item', { overdue: task.overdue, returned: task.returned }]" :data-task-key="task.taskKey">
          <router-link :to="{ name: 'task', params: { id: task.id } }" class="pending-link">
            <strong>{{ t('quarter.taskKeys.' + task.taskKey) }}</strong>
            <span v-if="task.branch"> · <org-name :branch="task.branch" /></span>
          </router-link>
          <a-tag v-if="task.overdue" color="error">{{ t('quarter.tasks.overdue') }}</a-tag>
          <a-tag v-if="task.returned" color="orange">{{ t('home.pending.returned') }}</a-tag>
          <span class="pending-due" :title="fmt(task.due)">{{ t('quarter.tasks.due') }} {{ fmt(task.due) }} · <strong class="due-in">{{ dueIn(task.due) }}</strong></span>
        </li>
      </ul>
    </a-card>`,
};
