// 登录锁定: failed sign-ins and locks per account and client address (docs/security.md §2); the administrator lifts
// a lock with 解锁 (DELETE /api/admin/sign-in-locks), which also forgets the failures.
import { api } from '../../api.js';
import { useLoad } from '../../composables/useLoad.js';

const { computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'SignInLocks',
  setup() {
    const { t } = useI18n();
    const { data: locks, loading, error, load, busy, act } = useLoad(() => api.admin.signInLocks());

    const columns = computed(() => [
      { title: t('admin.locks.kind'), key: 'kind', width: 110 },
      { title: t('admin.locks.subject'), dataIndex: 'subject', key: 'subject' },
      { title: t('admin.locks.failures'), dataIndex: 'failures', key: 'failures', width: 110 },
      { title: t('admin.status'), key: 'status', width: 110 },
      { title: t('admin.locks.lockedUntil'), key: 'lockedUntil', width: 170 },
      { title: t('admin.actions'), key: 'actions', width: 110 },
    ]);
    // locked ones first, then those failing most
    const rows = computed(() => [...locks.value].sort((a, b) => Number(b.locked) - Number(a.locked) || b.failures - a.failures));
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    const key = (lock) => lock.kind + ':' + lock.subject;


    const unlock = (lock) =>
      act(key(lock), async () => {
        await api.admin.unlockSignIn(lock.kind, lock.subject);
        antd.message.success(t('admin.locks.unlocked', { subject: lock.subject }));
      });

    onMounted(load);
    return { t, rows, loading, error, busy, columns, fmt, key, load, unlock };
  },
  template: `
    <div class="sign-in-locks" id="sign-in-locks">
      <h2 class="section-title">{{ t('admin.locks.title') }}</h2>
      <p class="muted">{{ t('admin.locks.intro') }}</p>
      <div class="toolbar">
        <a-button size="small" id="locks-refresh" :loading="loading" @click="load">{{ t('admin.locks.refresh') }}</a-button>
      </div>
      <a-alert v-if="error" type="error" show-icon :message="error" class="admin-alert" />
      <a-table :data-source="rows" :columns="columns" :row-key="key" size="small" :loading="loading"
               :pagination="{ pageSize: 20, hideOnSinglePage: true }" class="admin-table" id="locks-table"
               :locale="{ emptyText: t('admin.locks.none') }" :scroll="{ x: 700 }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'kind'">{{ t('admin.locks.kinds.' + record.kind) }}</template>
          <template v-else-if="column.key === 'status'">
            <a-tag :color="record.locked ? 'red' : 'orange'" :data-lock-status="key(record)">
              {{ record.locked ? t('admin.locks.locked') : t('admin.locks.failing') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'lockedUntil'">{{ record.locked ? fmt(record.lockedUntil) : '–' }}</template>
          <template v-else-if="column.key === 'actions'">
            <a-button v-if="record.locked" size="small" type="primary" :data-unlock="key(record)"
                      :loading="busy === key(record)" @click="unlock(record)">{{ t('admin.locks.unlock') }}</a-button>
          </template>
        </template>
      </a-table>
    </div>`,
};
