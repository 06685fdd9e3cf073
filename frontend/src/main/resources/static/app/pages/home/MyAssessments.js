// 我的考核: every assessment of the branch, every quarter, with its stage and result (issue 10).
import { api } from '../../api.js';
import { formatScore } from '../../format.js';
import GradeTag from '../../components/GradeTag.js';
import { useCycleNames } from '../../composables/useCycleNames.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'MyAssessments',
  components: { GradeTag },
  props: { limit: { type: Number, default: 0 } },
  setup(props) {
    const { t } = useI18n();
    const rows = ref([]);
    const { cycles, loadCycles, cycleName } = useCycleNames();
    const loading = ref(true);
    const error = ref(null);
    onMounted(async () => {
      try {
        const [mine] = await Promise.all([api.get('api/me/assessments'), loadCycles()]);
        rows.value = mine;
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        loading.value = false;
      }
    });
    const shown = computed(() => (props.limit ? rows.value.slice(0, props.limit) : rows.value));
    const published = (id) => cycles.value[id] && cycles.value[id].status !== 'RUNNING';
    const columns = computed(() => [
      { title: t('quarter.cycle'), key: 'cycle' },
      { title: t('quarter.assessment.stage'), key: 'stage' },
      { title: t('home.mine.score'), key: 'score', align: 'right' },
      { title: t('calculator.grade'), key: 'grade' },
      { title: '', key: 'action' },
    ]);
    return { t, rows, shown, loading, error, columns, cycleName, published, formatScore };
  },
  template: `
    <a-table :columns="columns" :data-source="shown" row-key="id" size="small" :loading="loading" id="my-assessments-table"
             :pagination="limit ? false : { pageSize: 12, hideOnSinglePage: true }" :locale="{ emptyText: error || t('home.mine.none') }">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'cycle'">{{ cycleName(record.cycleId) }}</template>
        <template v-else-if="column.key === 'stage'">
          <a-tag :color="record.locked ? 'green' : 'processing'">{{ record.locked && published(record.cycleId) ? t('home.mine.published') : t('quarter.taskKeys.' + record.stage) }}</a-tag>
        </template>
        <template v-else-if="column.key === 'score'">
          <span v-if="record.score !== null">{{ formatScore(record.score) }} <span class="muted">{{ t('home.quarter.score.' + record.scoreKind) }}</span></span>
          <span v-else class="muted">–</span>
        </template>
        <template v-else-if="column.key === 'grade'"><grade-tag v-if="record.grade && record.locked" :grade="record.grade" :level="record.gradeLevel" :vetoed="record.vetoed" /></template>
        <template v-else-if="column.key === 'action'"><router-link :to="{ name: 'assessment', params: { id: record.id } }" class="detail-link">{{ t('quarter.results.details') }}</router-link></template>
      </template>
    </a-table>`,
};
