// 已办: what the signed-in user did (review, endorsement, confirmation, …), newest first, each with a link to its
// assessment (issue 10).
import { api } from '../../api.js';
import { useCycleNames } from '../../composables/useCycleNames.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'DoneList',
  props: { limit: { type: Number, default: 0 } },
  setup(props) {
    const { t, te } = useI18n();
    const rows = ref([]);
    const { loadCycles, cycleName } = useCycleNames();
    const loading = ref(true);
    const error = ref(null);
    onMounted(async () => {
      try {
        const [done] = await Promise.all([api.get('api/me/done'), loadCycles()]);
        rows.value = done.map((d, i) => ({ ...d, key: i }));
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        loading.value = false;
      }
    });
    const shown = computed(() => (props.limit ? rows.value.slice(0, props.limit) : rows.value));
    const actionName = (key) => (te('quarter.assessment.actions.' + key) ? t('quarter.assessment.actions.' + key) : key);
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    const columns = computed(() => [
      { title: t('home.done.when'), key: 'at' },
      { title: t('home.done.what'), key: 'action' },
      { title: t('quarter.branch'), key: 'branch' },
      { title: t('quarter.cycle'), key: 'cycle', responsive: ['md'] },
      { title: t('home.done.detail'), dataIndex: 'detail', key: 'detail', responsive: ['lg'] },
      { title: '', key: 'link' },
    ]);
    return { t, rows, shown, loading, error, columns, cycleName, actionName, fmt };
  },
  template: `
    <a-table :columns="columns" :data-source="shown" row-key="key" size="small" :loading="loading" id="done-table"
             :pagination="limit ? false : { pageSize: 15, hideOnSinglePage: true }" :locale="{ emptyText: error || t('home.done.none') }">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'at'">{{ fmt(record.at) }}</template>
        <template v-else-if="column.key === 'action'">{{ actionName(record.action) }}</template>
        <template v-else-if="column.key === 'branch'"><org-name :branch="record.branch" /></template>
        <template v-else-if="column.key === 'cycle'">{{ cycleName(record.cycleId) }}</template>
        <template v-else-if="column.key === 'link'"><router-link :to="{ name: 'assessment', params: { id: record.assessmentId } }" class="detail-link">{{ t('quarter.viewAssessment') }}</router-link></template>
      </template>
    </a-table>`,
};
