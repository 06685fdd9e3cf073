// 系统管理 (ADMIN only): organisation units, branches, users and roles, indicator ownership, standards.
import { api } from '../../api.js';
import OrgUnitsTab from './OrgUnitsTab.js';
import BranchesTab from './BranchesTab.js';
import UsersTab from './UsersTab.js';
import OwnersTab from './OwnersTab.js';
import StandardsTab from './StandardsTab.js';

const { ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'AdminPage',
  components: { OrgUnitsTab, BranchesTab, UsersTab, OwnersTab, StandardsTab },
  setup() {
    const { t } = useI18n();
    const tab = ref('branches');
    const orgUnits = ref([]);
    const branches = ref([]);
    const error = ref(null);

    async function loadOrganisation() {
      error.value = null;
      try {
        [orgUnits.value, branches.value] = await Promise.all([api.admin.orgUnits(), api.admin.branches()]);
      } catch (e) {
        error.value = e.message;
      }
    }

    onMounted(loadOrganisation);
    return { t, tab, orgUnits, branches, error, loadOrganisation };
  },
  template: `
    <div class="page admin-page">
      <h1 class="page-title">{{ t('admin.title') }}</h1>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" class="admin-alert">
        <template #action><a-button size="small" @click="loadOrganisation">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <a-tabs v-model:activeKey="tab" class="admin-tabs">
        <a-tab-pane key="orgUnits" :tab="t('admin.tabs.orgUnits')"><org-units-tab :org-units="orgUnits" /></a-tab-pane>
        <a-tab-pane key="branches" :tab="t('admin.tabs.branches')">
          <branches-tab :branches="branches" @changed="loadOrganisation" />
        </a-tab-pane>
        <a-tab-pane key="users" :tab="t('admin.tabs.users')"><users-tab :org-units="orgUnits" :branches="branches" /></a-tab-pane>
        <a-tab-pane key="owners" :tab="t('admin.tabs.owners')"><owners-tab :org-units="orgUnits" /></a-tab-pane>
        <a-tab-pane key="standards" :tab="t('admin.tabs.standards')"><standards-tab /></a-tab-pane>
      </a-tabs>
    </div>`,
};
