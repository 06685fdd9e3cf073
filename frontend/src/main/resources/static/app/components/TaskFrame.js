// What every task page shows around its form: the task's head, then a spinner while loading, the load error with
// a retry, or the form (the default slot).
import TaskHeader from './TaskHeader.js';

const { useI18n } = VueI18n;

export default {
  name: 'TaskFrame',
  components: { TaskHeader },
  props: {
    task: { type: Object, required: true },
    assessment: { type: Object, default: null },
    loading: { type: Boolean, default: false },
    loadError: { type: String, default: null },
  },
  emits: ['retry'],
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <task-header :task="task" :assessment="assessment" />
    <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
    <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError">
      <template #action><a-button size="small" @click="$emit('retry')">{{ t('common.retry') }}</a-button></template>
    </a-alert>
    <slot v-else />`,
};
