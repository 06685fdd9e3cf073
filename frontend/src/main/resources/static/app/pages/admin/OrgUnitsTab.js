// 组织机构: the departments and the leadership group (fixed by the installation).
const { computed } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'OrgUnitsTab',
  props: { orgUnits: { type: Array, required: true } },
  setup() {
    const { t } = useI18n();
    const columns = computed(() => [
      { title: t('admin.orgUnits.code'), dataIndex: 'code', key: 'code', width: 120 },
      { title: t('admin.orgUnits.name'), dataIndex: 'name', key: 'name' },
      { title: t('admin.orgUnits.kind'), dataIndex: 'kind', key: 'kind', width: 200 },
    ]);
    return { t, columns };
  },
  template: `
    <div>
      <p class="muted">{{ t('admin.orgUnits.intro') }}</p>
      <a-table :data-source="orgUnits" :columns="columns" row-key="code" size="small" :pagination="false"
               class="admin-table" id="org-units-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'kind'">
            <a-tag :color="record.kind === 'LEADERSHIP' ? 'red' : 'blue'">{{ t('admin.orgUnits.kinds.' + record.kind) }}</a-tag>
          </template>
        </template>
      </a-table>
    </div>`,
};
