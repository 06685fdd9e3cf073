// 指标归口: which department owns (reviews) each primary indicator of the active standard.
import { api } from '../../api.js';
import { formatAmount } from '../../format.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'OwnersTab',
  props: { orgUnits: { type: Array, required: true } },
  setup(props) {
    const { t, te } = useI18n();
    const rows = ref([]);
    const original = ref({});
    const loading = ref(false);
    const saving = ref(false);
    const general = ref(null);
    const rowErrors = ref({}); // row index → the server's message

    const departments = computed(() => props.orgUnits.filter((u) => u.kind === 'DEPARTMENT'));
    const changed = computed(() => rows.value.filter((r) => r.department !== original.value[r.indicator]).length);
    const columns = computed(() => [
      { title: t('admin.owners.indicator'), dataIndex: 'indicator', key: 'indicator' },
      { title: t('admin.owners.points'), key: 'points', width: 90 },
      { title: t('admin.owners.department'), key: 'department', width: 300 },
      { title: t('admin.owners.standardDefault'), key: 'standardDefault', width: 200 },
    ]);

    function departmentName(code) {
      return code && te('departments.' + code) ? t('departments.' + code) : code;
    }

    function accept(list) {
      rows.value = list.map((r) => ({ ...r }));
      original.value = Object.fromEntries(list.map((r) => [r.indicator, r.department]));
    }

    async function load() {
      loading.value = true;
      general.value = null;
      try {
        accept(await api.admin.indicatorOwners());
      } catch (e) {
        general.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    async function save() {
      saving.value = true;
      general.value = null;
      rowErrors.value = {};
      try {
        accept(await api.admin.saveIndicatorOwners(rows.value.map((r) => ({ indicator: r.indicator, department: r.department }))));
        antd.message.success(t('admin.saved'));
      } catch (e) {
        const match = e.status === 400 && /^\[(\d+)\]/.exec(e.field || '');
        if (match) {
          rowErrors.value = { [match[1]]: e.detail };
        } else {
          general.value = e.message;
        }
      } finally {
        saving.value = false;
      }
    }

    onMounted(load);
    return { t, rows, loading, saving, general, rowErrors, departments, changed, columns, departmentName, formatAmount,
      load, save };
  },
  template: `
    <div>
      <p class="muted">{{ t('admin.owners.intro') }}</p>
      <a-alert v-if="general" type="error" show-icon :message="general" class="admin-alert" id="owners-error" />
      <a-table :data-source="rows" :columns="columns" row-key="indicator" size="small" :loading="loading"
               :pagination="false" class="admin-table" id="owners-table" :scroll="{ x: 640 }">
        <template #bodyCell="{ column, record, index }">
          <template v-if="column.key === 'points'">{{ formatAmount(record.points) }}</template>
          <template v-else-if="column.key === 'department'">
            <a-select v-model:value="record.department" class="owner-select" :data-owner="record.indicator"
                      :aria-label="t('admin.owners.department') + ': ' + record.indicator" style="width: 100%"
                      :status="rowErrors[index] ? 'error' : ''">
              <a-select-option v-for="d in departments" :key="d.code" :value="d.code">{{ departmentName(d.code) }}</a-select-option>
            </a-select>
            <div v-if="rowErrors[index]" class="field-error" role="alert">{{ rowErrors[index] }}</div>
          </template>
          <template v-else-if="column.key === 'standardDefault'">
            {{ departmentName(record.standardDefault) }}
            <a-tag v-if="record.department !== record.standardDefault" color="orange">{{ t('admin.owners.differs') }}</a-tag>
          </template>
        </template>
      </a-table>
      <div class="toolbar">
        <a-popconfirm :title="t('admin.owners.confirm')" :ok-text="t('admin.save')" :cancel-text="t('admin.cancel')" @confirm="save">
          <a-button type="primary" id="owners-save" :loading="saving" :disabled="!changed">{{ t('admin.owners.save') }}</a-button>
        </a-popconfirm>
        <a-button @click="load" :disabled="saving">{{ t('admin.owners.undo') }}</a-button>
        <span v-if="changed" class="muted">{{ t('admin.owners.changed', { n: changed }) }}</span>
      </div>
    </div>`,
};
