// 用户与角色: add users, change their name, role (with branch or department), enable or disable them, reset passwords;
// below, the sign-in locks (登录锁定) with 解锁.
import { api } from '../../api.js';
import { useLoad } from '../../composables/useLoad.js';
import { formErrors } from './errors.js';
import PasswordField from './PasswordField.js';
import SignInLocks from './SignInLocks.js';

const { ref, reactive, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

const ROLES = ['BRANCH', 'REVIEWER', 'LEADER', 'ADMIN'];
const FIELDS = ['username', 'displayName', 'role', 'branch', 'department', 'password'];

export default {
  name: 'UsersTab',
  components: { PasswordField, SignInLocks },
  props: {
    orgUnits: { type: Array, required: true },
    branches: { type: Array, required: true },
  },
  setup(props) {
    const { t, te } = useI18n();
    const { data: users, loading, error: loadError, load, busy, act } = useLoad(() => api.admin.users());
    const form = reactive({ open: false, mode: 'add', username: '', displayName: '', role: 'BRANCH', branch: null,
      department: null, password: '' });
    const reset = reactive({ open: false, username: '', password: '' });
    const errors = ref({});
    const general = ref(null);
    const saving = ref(false);

    const departments = computed(() => props.orgUnits.filter((u) => u.kind === 'DEPARTMENT'));
    // a new BRANCH user works for an active branch; an existing one may still belong to a deactivated one
    const branchChoices = computed(() => props.branches.filter((b) => b.active || b.code === form.branch));
    const columns = computed(() => [
      { title: t('admin.users.username'), dataIndex: 'username', key: 'username' },
      { title: t('admin.users.displayName'), dataIndex: 'displayName', key: 'displayName' },
      { title: t('admin.users.role'), key: 'role', width: 140 },
      { title: t('admin.users.unit'), key: 'unit' },
      { title: t('admin.status'), key: 'enabled', width: 100 },
      { title: t('admin.actions'), key: 'actions', width: 260 },
    ]);

    function unitName(user) {
      if (user.branch) {
        const branch = props.branches.find((b) => b.code === user.branch);
        return user.branch + (branch ? ' ' + branch.name : '');
      }
      if (user.department) {
        return te('departments.' + user.department) ? t('departments.' + user.department) : user.department;
      }
      return '';
    }


    function clearErrors() {
      errors.value = {};
      general.value = null;
    }

    function openForm(mode, user) {
      Object.assign(form, {
        open: true, mode, password: '',
        username: user ? user.username : '',
        displayName: user ? user.displayName : '',
        role: user ? user.role : 'BRANCH',
        branch: user ? user.branch : null,
        department: user && user.role === 'REVIEWER' ? user.department : null,
      });
      clearErrors();
    }

    function showError(e) {
      const shown = formErrors(e, FIELDS);
      errors.value = shown.fields;
      general.value = shown.general;
    }

    async function submit() {
      saving.value = true;
      clearErrors();
      const body = {
        displayName: form.displayName,
        role: form.role,
        branch: form.role === 'BRANCH' ? form.branch : null,
        department: form.role === 'REVIEWER' ? form.department : null,
      };
      try {
        if (form.mode === 'add') {
          await api.admin.createUser({ ...body, username: form.username.trim(), password: form.password });
        } else {
          await api.admin.updateUser(form.username, body);
        }
        form.open = false;
        antd.message.success(t('admin.saved'));
        await load();
      } catch (e) {
        showError(e);
      } finally {
        saving.value = false;
      }
    }

    function openReset(user) {
      Object.assign(reset, { open: true, username: user.username, password: '' });
      clearErrors();
    }

    async function submitReset() {
      saving.value = true;
      clearErrors();
      try {
        if (!reset.password) {
          errors.value = { password: t('admin.users.passwordHint') };
          return;
        }
        await api.admin.updateUser(reset.username, { password: reset.password });
        reset.open = false;
        antd.message.success(t('admin.users.passwordReset'));
      } catch (e) {
        showError(e);
      } finally {
        saving.value = false;
      }
    }

    const toggle = (user) => act(user.username, () => api.admin.updateUser(user.username, { enabled: !user.enabled }));

    onMounted(load);
    return { t, users, loading, loadError, form, reset, errors, general, saving, busy, departments, branchChoices,
      columns, roles: ROLES, unitName, load, openForm, submit, openReset, submitReset, toggle };
  },
  template: `
    <div>
      <div class="toolbar">
        <a-button type="primary" id="user-add" @click="openForm('add')">{{ t('admin.users.add') }}</a-button>
      </div>
      <a-alert v-if="loadError" type="error" show-icon :message="loadError" class="admin-alert" />
      <a-table :data-source="users" :columns="columns" row-key="username" size="small" :loading="loading"
               :pagination="{ pageSize: 20, hideOnSinglePage: true }" class="admin-table" id="users-table" :scroll="{ x: 760 }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'role'">{{ t('roles.' + record.role) }}</template>
          <template v-else-if="column.key === 'unit'">{{ unitName(record) }}</template>
          <template v-else-if="column.key === 'enabled'">
            <a-tag :color="record.enabled ? 'green' : 'default'">{{ record.enabled ? t('admin.users.enabled') : t('admin.users.disabled') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'actions'">
            <span class="row-actions">
              <a-button size="small" :data-edit-user="record.username" @click="openForm('edit', record)">{{ t('admin.edit') }}</a-button>
              <a-button size="small" :data-toggle-user="record.username" :loading="busy === record.username" @click="toggle(record)">
                {{ record.enabled ? t('admin.users.disable') : t('admin.users.enable') }}</a-button>
              <a-button size="small" :data-reset-user="record.username" @click="openReset(record)">{{ t('admin.users.resetPassword') }}</a-button>
            </span>
          </template>
        </template>
      </a-table>

      <sign-in-locks />

      <a-modal v-model:open="form.open" :title="form.mode === 'add' ? t('admin.users.add') : t('admin.users.edit')"
               :mask-closable="false" destroy-on-close>
        <a-alert v-if="general" type="error" show-icon :message="general" class="admin-alert" id="user-form-error" />
        <a-form layout="vertical" class="admin-form" @submit.prevent="submit">
          <a-form-item :label="t('admin.users.username')" html-for="user-username"
                       :validate-status="errors.username ? 'error' : ''" :help="errors.username">
            <a-input id="user-username" v-model:value="form.username" :disabled="form.mode !== 'add'" maxlength="64" autocomplete="off" />
          </a-form-item>
          <a-form-item :label="t('admin.users.displayName')" html-for="user-display-name"
                       :validate-status="errors.displayName ? 'error' : ''" :help="errors.displayName">
            <a-input id="user-display-name" v-model:value="form.displayName" maxlength="100" autocomplete="off" />
          </a-form-item>
          <a-form-item :label="t('admin.users.role')" html-for="user-role"
                       :validate-status="errors.role ? 'error' : ''" :help="errors.role">
            <a-select id="user-role" v-model:value="form.role" class="user-role-select">
              <a-select-option v-for="r in roles" :key="r" :value="r">{{ t('roles.' + r) }}</a-select-option>
            </a-select>
          </a-form-item>
          <a-form-item v-if="form.role === 'BRANCH'" :label="t('admin.users.branch')" html-for="user-branch"
                       :validate-status="errors.branch ? 'error' : ''" :help="errors.branch">
            <a-select id="user-branch" v-model:value="form.branch" class="user-branch-select" show-search
                      :placeholder="t('admin.users.chooseBranch')" option-filter-prop="label">
              <a-select-option v-for="b in branchChoices" :key="b.code" :value="b.code" :label="b.code + ' ' + b.name">
                {{ b.code }} {{ b.name }}</a-select-option>
            </a-select>
          </a-form-item>
          <a-form-item v-else-if="form.role === 'REVIEWER'" :label="t('admin.users.department')" html-for="user-department"
                       :validate-status="errors.department ? 'error' : ''" :help="errors.department">
            <a-select id="user-department" v-model:value="form.department" class="user-department-select"
                      :placeholder="t('admin.users.chooseDepartment')">
              <a-select-option v-for="d in departments" :key="d.code" :value="d.code">{{ d.name }} ({{ d.code }})</a-select-option>
            </a-select>
          </a-form-item>
          <p v-else class="muted" id="user-role-note">{{ form.role === 'LEADER' ? t('admin.users.leaderNote') : t('admin.users.adminNote') }}</p>
          <password-field v-if="form.mode === 'add'" id="user-password" :label="t('admin.users.password')"
                          v-model:value="form.password" :error="errors.password" />
        </a-form>
        <template #footer>
          <a-button @click="form.open = false">{{ t('admin.cancel') }}</a-button>
          <a-button type="primary" id="user-save" :loading="saving" @click="submit">{{ t('admin.save') }}</a-button>
        </template>
      </a-modal>

      <a-modal v-model:open="reset.open" :title="t('admin.users.resetPassword') + ' · ' + reset.username"
               :mask-closable="false" destroy-on-close>
        <a-alert v-if="general" type="error" show-icon :message="general" class="admin-alert" />
        <a-form layout="vertical" class="admin-form" @submit.prevent="submitReset">
          <password-field id="reset-password" :label="t('admin.users.newPassword')" v-model:value="reset.password"
                          :error="errors.password" />
        </a-form>
        <template #footer>
          <a-button @click="reset.open = false">{{ t('admin.cancel') }}</a-button>
          <a-button type="primary" id="reset-save" :loading="saving" @click="submitReset">{{ t('admin.save') }}</a-button>
        </template>
      </a-modal>
    </div>`,
};
