// 评分标准: every imported version; browse one as a tree (the standard page itself); import a new version file.
import { api } from '../../api.js';
import StandardPage from '../StandardPage.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'StandardsTab',
  components: { StandardPage },
  setup() {
    const { t } = useI18n();
    const versions = ref([]);
    const loading = ref(false);
    const loadError = ref(null);
    const selected = ref(null);
    const importing = ref(false);
    const importError = ref(null);
    const importOutcome = ref(null);
    const fileName = ref(null);

    const columns = computed(() => [
      { title: t('admin.standards.code'), dataIndex: 'code', key: 'code' },
      { title: t('admin.standards.version'), dataIndex: 'version', key: 'version', width: 80 },
      { title: t('admin.standards.name'), dataIndex: 'name', key: 'name' },
      { title: t('admin.standards.year'), dataIndex: 'year', key: 'year', width: 80 },
      { title: t('admin.status'), key: 'status', width: 150 },
      { title: t('admin.standards.imported'), key: 'imported', width: 220 },
      { title: t('admin.actions'), key: 'actions', width: 100 },
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

    /** Takes the chosen file over from a-upload and posts it ourselves, so the server's 400 can be shown. */
    function beforeUpload(file) {
      upload(file);
      return false;
    }

    async function upload(file) {
      importing.value = true;
      importError.value = null;
      importOutcome.value = null;
      fileName.value = file.name;
      try {
        const result = await api.admin.importStandard(file);
        importOutcome.value = result.outcome;
        await load();
      } catch (e) {
        importError.value = e.detail || e.message;
      } finally {
        importing.value = false;
      }
    }

    function formatTime(value) {
      return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
    }

    onMounted(load);
    return { t, versions, loading, loadError, selected, importing, importError, importOutcome, fileName, columns,
      beforeUpload, formatTime };
  },
  template: `
    <div>
      <a-card size="small" class="standard-import" :title="t('admin.standards.import')">
        <p class="muted">{{ t('admin.standards.importHint') }}</p>
        <div class="import-row">
          <label for="standard-file" class="import-label">{{ t('admin.standards.file') }}</label>
          <a-upload id="standard-file" accept=".yaml,.yml,.json" :before-upload="beforeUpload" :show-upload-list="false"
                    :disabled="importing">
            <a-button :loading="importing" id="standard-choose">{{ t('admin.standards.choose') }}</a-button>
          </a-upload>
          <span v-if="fileName" class="muted import-file">{{ fileName }}</span>
        </div>
        <div v-if="importError" id="standard-import-error" class="field-error import-error" role="alert">
          <strong>{{ t('admin.standards.invalid') }}</strong> {{ importError }}
        </div>
        <a-alert v-if="importOutcome" id="standard-import-result" type="success" show-icon class="admin-alert"
                 :message="t('admin.standards.outcomes.' + importOutcome)" />
      </a-card>

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
          </template>
        </template>
      </a-table>

      <section v-if="selected" class="admin-standard-tree" :aria-label="selected.name">
        <div class="toolbar">
          <a-button size="small" @click="selected = null">{{ t('admin.standards.close') }}</a-button>
        </div>
        <standard-page :key="selected.code + ':' + selected.version" :code="selected.code" :version="selected.version" embedded />
      </section>
    </div>`,
};
