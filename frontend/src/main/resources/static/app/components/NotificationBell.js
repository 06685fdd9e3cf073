// The header's notifications: unread count, newest first, mark one or all read; a notification leads to its work.
import { api } from '../api.js';

const { ref, computed, onMounted, onBeforeUnmount } = Vue;
const { useRouter } = VueRouter;
const { useI18n } = VueI18n;

const POLL_MS = 60000;

export default {
  name: 'NotificationBell',
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const items = ref([]);
    const open = ref(false);
    const unread = computed(() => items.value.filter((n) => !n.read).length);
    let timer = null;

    async function load() {
      try {
        items.value = await api.notifications();
      } catch (ignored) {
        // the bell stays as it was; a 401 already leads to sign-in
      }
    }
    onMounted(() => {
      load();
      timer = setInterval(load, POLL_MS);
    });
    onBeforeUnmount(() => clearInterval(timer));

    async function follow(n) {
      if (!n.read) {
        await api.markRead(n.id).catch(() => null);
        n.read = true;
      }
      open.value = false;
      if (n.count > 1 && n.cycleId) {
        // an entry for several new tasks of one cycle and stage (docs/scale.md)
        router.push({ name: 'tasks', query: { cycle: n.cycleId, taskKey: n.taskKey || undefined } });
      } else if (n.taskId) {
        router.push({ name: 'task', params: { id: n.taskId } });
      } else if (n.assessmentId) {
        router.push({ name: 'assessment', params: { id: n.assessmentId } });
      }
    }
    async function readAll() {
      await api.markAllRead().catch(() => null);
      await load();
    }
    const fmt = (instant) => (instant ? dayjs(instant).format('MM-DD HH:mm') : '');
    return { t, items, open, unread, follow, readAll, load, fmt };
  },
  template: `
    <a-popover v-model:open="open" trigger="click" placement="bottomRight" overlay-class-name="notification-popover"
               @openChange="(v) => v && load()">
      <template #title>
        <div class="notification-head"><span>{{ t('quarter.notifications.title') }}</span>
          <a-button size="small" type="link" :disabled="!unread" @click="readAll" id="notifications-read-all">{{ t('quarter.notifications.readAll') }}</a-button></div>
      </template>
      <template #content>
        <a-empty v-if="!items.length" :description="t('quarter.notifications.none')" />
        <ul v-else class="notification-list" id="notification-list">
          <li v-for="n in items" :key="n.id" :class="{ unread: !n.read }">
            <button type="button" class="notification-item" @click="follow(n)">
              <span class="notification-message">{{ n.message }}</span>
              <span class="notification-time muted">{{ fmt(n.createdAt) }}</span>
            </button>
          </li>
        </ul>
      </template>
      <button type="button" class="bell" id="notification-bell" :aria-label="t('quarter.notifications.bell', { n: unread })">
        <a-badge :count="unread" :offset="[4, -2]" size="small"><svg class="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"/></svg></a-badge>
      </button>
    </a-popover>`,
};
