// The head of a task's page: stage, branch, cycle, due date (overdue marked), links back and to the assessment.
import { api } from '../api.js';

const { ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'TaskHeader',
  props: { task: { type: Object, required: true }, assessment: { type: Object, default: null } },
  setup(props) {
    const { t } = useI18n();
    const cycle = ref(null);
    onMounted(async () => {
      if (props.task.cycleId) {
        cycle.value = await api.cycle(props.task.cycleId).catch(() => null);
      }
    });
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    return { t, cycle, fmt };
  },
  template: `
    <div class="task-header">
      <router-link :to="{ name: 'tasks' }" class="back-link">← {{ t('quarter.backToTasks') }}</router-link>
      <h1 class="page-title" id="task-title">{{ t('quarter.taskKeys.' + task.taskKey) }}
        <span v-if="task.branch" class="title-branch">· <org-name :branch="task.branch" /></span></h1>
      <div class="task-facts">
        <span v-if="cycle">{{ t('quarter.cycle') }}: <strong>{{ t('quarter.cycleName', { year: cycle.year, quarter: cycle.quarter }) }}</strong></span>
        <span v-if="task.due">{{ t('quarter.tasks.due') }}: <strong>{{ fmt(task.due) }}</strong>
          <a-tag v-if="task.overdue" color="error" class="overdue-tag">{{ t('quarter.tasks.overdue') }}</a-tag></span>
        <span v-if="assessment">{{ t('quarter.standardVersion') }}: {{ assessment.standardCode }} v{{ assessment.standardVersion }}</span>
        <router-link v-if="task.assessmentId" :to="{ name: 'assessment', params: { id: task.assessmentId } }" class="assessment-link">{{ t('quarter.viewAssessment') }}</router-link>
      </div>
    </div>`,
};
