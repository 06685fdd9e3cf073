// 评分标准: every imported version; browse one as a tree (the standard page itself), export it as a table; import a
// new version from a table or file (StandardImport); compare two versions (StandardDiff).
import { api } from '../../api.js';
import StandardPage from '../StandardPage.js';
import StandardImport from './StandardImport.js';
import StandardDiff from './StandardDiff.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'StandardsTab',
  components: { StandardPage, StandardImport, StandardDiff },
  setup() {
    const { t } = useI18n();
    const versions = ref([]);
    const loading = ref(false);
    const loadError = ref(null);
    const selected = ref(null);

    const columns = computed(() => [
      { title: t('admin.standards.code'), dataIndex: 'code', key: 'code' },
      { title: t('admin.standards.version'), dataIndex: 'version', key: 'version', width: 80 },
      { title: t('admin.standards.name'), dataIndex: 'name', key: 'name' },
      { title: t('admin.standards.year'), dataIndex: 'year', key: 'year', width: 80 },
      { title: t('admin.status'), key: 'status', width: 150 },
      { title: t('admin.standards.imported'), key: 'imported', width: 220 },
      { title: t('admin.actions'), key: 'actions', width: 200 },
    ]);

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        versions.value = await api.standards();
      } catch (e) {
        loadError.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    function formatTime(value) {
      return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
    }

    onMounted(load);
    const xlsxUrl = (record) => api.standardXlsxUrl(record.code, record.version);

    return { t, versions, loading, loadError, selected, columns, formatTime, load, xlsxUrl };
  },
  template: `
    <div>
      <standard-import @imported="load" />

      <a-alert v-if="loadError" type="error" show-icon :message="loadError" class="admin-alert" />
      <a-table :data-source="versions" :columns="columns" :row-key="(s) => s.code + ':' + s.version" size="small"
               :loading="loading" :pagination="false" class="admin-table" id="standards-table" :scroll="{ x: 760 }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'status'">
            <a-tag v-if="record.active" color="green">{{ t('standard.active') }}</a-tag>
            <a-tag v-if="record.inUse" color="blue">{{ t('admin.standards.inUse') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'imported'">
            {{ formatTime(record.importedAt) }} <span class="muted">{{ record.importedBy }}</span>
          </template>
          <template v-else-if="column.key === 'actions'">
            <a-button size="small" :data-browse="record.code + ':' + record.version" @click="selected = record">
              {{ t('admin.standards.browse') }}</a-button>
            <a :href="xlsxUrl(record)" class="export-link" :data-export="record.code + ':' + record.version">{{ t('standardImport.export') }}</a>
          </template>
        </template>
      </a-table>

      <standard-diff :versions="versions" />

      <section v-if="selected" class="admin-standard-tree" :aria-label="selected.name">
        <div class="toolbar">
          <a-button size="small" @click="selected = null">{{ t('admin.standards.close') }}</a-button>
        </div>
        <standard-page :key="selected.code + ':' + selected.version" :code="selected.code" :version="selected.version" embedded />
      </section>
    </div>`,
};
