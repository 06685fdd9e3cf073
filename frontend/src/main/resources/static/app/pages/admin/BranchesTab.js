// 党总支: add, rename, deactivate and reactivate branches. The code never changes once created.
import { api } from '../../api.js';
import { formErrors } from './errors.js';

const { ref, reactive, computed } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'BranchesTab',
  props: { branches: { type: Array, required: true } },
  emits: ['changed'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const modal = reactive({ open: false, mode: 'add', code: '', name: '' });
    const errors = ref({});
    const general = ref(null);
    const saving = ref(false);
    const busy = ref(null);

    const columns = computed(() => [
      { title: t('admin.branches.code'), dataIndex: 'code', key: 'code', width: 140 },
      { title: t('admin.branches.name'), dataIndex: 'name', key: 'name' },
      { title: t('admin.status'), key: 'active', width: 110 },
      { title: t('admin.actions'), key: 'actions', width: 200 },
    ]);

    function open(mode, branch) {
      Object.assign(modal, { open: true, mode, code: branch ? branch.code : '', name: branch ? branch.name : '' });
      errors.value = {};
      general.value = null;
    }

    async function submit() {
      saving.value = true;
      errors.value = {};
      general.value = null;
      try {
        if (modal.mode === 'add') {
          await api.admin.createBranch({ code: modal.code.trim(), name: modal.name });
        } else {
          await api.admin.updateBranch(modal.code, { name: modal.name });
        }
        modal.open = false;
        antd.message.success(t('admin.saved'));
        emit('changed');
      } catch (e) {
        const shown = formErrors(e, ['code', 'name']);
        errors.value = shown.fields;
        general.value = shown.general;
      } finally {
        saving.value = false;
      }
    }

    async function toggle(branch) {
      busy.value = branch.code;
      try {
        await api.admin.updateBranch(branch.code, { active: !branch.active });
        emit('changed');
      } catch (e) {
        antd.message.error(e.message);
      } finally {
        busy.value = null;
      }
    }

    return { t, modal, errors, general, saving, busy, columns, open, submit, toggle };
  },
  template: `
    <div>
      <div class="toolbar">
        <a-button type="primary" id="branch-add" @click="open('add')">{{ t('admin.branches.add') }}</a-button>
      </div>
      <a-table :data-source="branches" :columns="columns" row-key="code" size="small" :pagination="false"
               class="admin-table" id="branches-table">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'active'">
            <a-tag :color="record.active ? 'green' : 'default'">{{ record.active ? t('admin.active') : t('admin.inactive') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'actions'">
            <span class="row-actions">
              <a-button size="small" :data-edit-branch="record.code" @click="open('edit', record)">{{ t('admin.edit') }}</a-button>
              <a-button size="small" :data-toggle-branch="record.code" :loading="busy === record.code" @click="toggle(record)">
                {{ record.active ? t('admin.deactivate') : t('admin.activate') }}</a-button>
            </span>
          </template>
        </template>
      </a-table>

      <a-modal v-model:open="modal.open" :title="modal.mode === 'add' ? t('admin.branches.add') : t('admin.branches.edit')"
               :mask-closable="false" destroy-on-close>
        <a-alert v-if="general" type="error" show-icon :message="general" class="admin-alert" id="branch-form-error" />
        <a-form layout="vertical" class="admin-form" @submit.prevent="submit">
          <a-form-item :label="t('admin.branches.code')" html-for="branch-code" :extra="modal.mode === 'add' ? t('admin.branches.codeHint') : ''"
                       :validate-status="errors.code ? 'error' : ''" :help="errors.code">
            <a-input id="branch-code" v-model:value="modal.code" :disabled="modal.mode !== 'add'" maxlength="16" autocomplete="off" />
          </a-form-item>
          <a-form-item :label="t('admin.branches.name')" html-for="branch-name"
                       :validate-status="errors.name ? 'error' : ''" :help="errors.name">
            <a-input id="branch-name" v-model:value="modal.name" maxlength="100" autocomplete="off" @press-enter="submit" />
          </a-form-item>
        </a-form>
        <template #footer>
          <a-button @click="modal.open = false">{{ t('admin.cancel') }}</a-button>
          <a-button type="primary" id="branch-save" :loading="saving" @click="submit">{{ t('admin.save') }}</a-button>
        </template>
      </a-modal>
    </div>`,
};
