// One open task: asks for it by id among the user's open tasks and shows the page of its task key.
import { api } from '../api.js';
import SelfAssessmentTask from './SelfAssessmentTask.js';
import DepartmentReviewTask from './DepartmentReviewTask.js';
import BonusDeclarationTask from './BonusDeclarationTask.js';
import BonusEndorsementTask from './BonusEndorsementTask.js';
import LeadershipConfirmationTask from './LeadershipConfirmationTask.js';
import PublicationTask from './PublicationTask.js';
import ObjectionAnswerTask from './ObjectionAnswerTask.js';
import RectificationPlanTask from './RectificationPlanTask.js';
import RectificationCheckTask from './RectificationCheckTask.js';

const { ref, shallowRef, computed, watch } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const PAGES = {
  selfAssessment: SelfAssessmentTask,
  departmentReview: DepartmentReviewTask,
  bonusDeclaration: BonusDeclarationTask,
  bonusEndorsement: BonusEndorsementTask,
  leadershipConfirmation: LeadershipConfirmationTask,
  publication: PublicationTask,
  objectionAnswer: ObjectionAnswerTask,
  rectificationPlan: RectificationPlanTask,
  rectificationCheck: RectificationCheckTask,
};

export default {
  name: 'TaskPage',
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const loading = ref(true);
    const error = ref(null);
    const task = ref(null);
    const page = shallowRef(null);

    async function load() {
      loading.value = true;
      error.value = null;
      task.value = null;
      try {
        // 404: not open (any more) or not the user's to work on
        task.value = await api.task(route.params.id).catch((e) => {
          if (e.status === 404) return null;
          throw e;
        });
        page.value = task.value ? PAGES[task.value.taskKey] || null : null;
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    watch(() => route.params.id, (id) => id && load(), { immediate: true });

    function done(messageKey) {
      antd.message.success(t(messageKey || 'quarter.taskDone'));
      router.push({ name: 'tasks' });
    }
    const title = computed(() => (task.value ? t('quarter.taskKeys.' + task.value.taskKey) : t('quarter.nav.tasks')));
    return { t, loading, error, task, page, done, load, title };
  },
  template: `
    <div class="page task-page">
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="error" type="error" show-icon :message="t('common.error')" :description="error">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <a-result v-else-if="!task" status="info" :title="t('quarter.taskGone')" id="task-gone">
        <template #extra>
          <router-link v-if="$route.query.run" :to="{ name: 'confirmations', params: { id: $route.query.run }, query: { sort: $route.query.sort, branch: $route.query.branch } }" id="gone-to-summary">
            <a-button type="primary">{{ t('scale.confirmations.backToSummary') }}</a-button></router-link>
          <router-link :to="{ name: 'tasks' }"><a-button :type="$route.query.run ? 'default' : 'primary'">{{ t('quarter.backToTasks') }}</a-button></router-link>
        </template>
      </a-result>
      <a-alert v-else-if="!page" type="warning" show-icon :message="title" :description="t('quarter.noPage')" />
      <component v-else :is="page" :task="task" @done="done" />
    </div>`,
};
