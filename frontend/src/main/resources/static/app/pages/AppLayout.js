// The signed-in shell: product name, the user and role, language switch, sign-out, and the menu.
import { session, signOut } from '../session.js';
import LanguageSwitch from '../components/LanguageSwitch.js';
import NotificationBell from '../components/NotificationBell.js';
import { quarterMenu } from './quarterRoutes.js';

const { computed, ref } = Vue;
const { useRouter, useRoute } = VueRouter;
const { useI18n } = VueI18n;

export const MENU = [
  { name: 'home', label: 'nav.home', icon: '⌂' },
  { name: 'standard', label: 'nav.standard', icon: '☰' },
  { name: 'calculator', label: 'nav.calculator', icon: '∑' },
  { name: 'admin', label: 'admin.nav', icon: '⚙', roles: ['ADMIN'] },
];
const QUARTER_MENU_AFTER = 'home'; // the quarter's pages come right after 首页

export default {
  name: 'AppLayout',
  components: { LanguageSwitch, NotificationBell },
  setup() {
    const { t, locale } = useI18n();
    const router = useRouter();
    const route = useRoute();
    const collapsed = ref(false);
    const narrow = ref(false);
    const selectedKeys = computed(() => [route.meta.menu || route.name]);
    const user = computed(() => session.user || {});
    const roleName = computed(() => (user.value.role ? t('roles.' + user.value.role) : ''));
    const signingOut = ref(false);

    async function doSignOut() {
      signingOut.value = true;
      try {
        await signOut();
      } catch (ignored) {
        // the session is gone either way
      } finally {
        signingOut.value = false;
        router.replace({ name: 'sign-in' });
      }
    }

    function onBreakpoint(broken) {
      narrow.value = broken;
      collapsed.value = broken;
    }

    function navigated() {
      if (narrow.value) {
        collapsed.value = true;
      }
    }

    // the quarter's pages come right after 首页; entries marked with roles only for those roles
    const menu = computed(() => {
      const own = MENU.filter((m) => !m.roles || m.roles.includes(user.value.role));
      const at = own.findIndex((m) => m.name === QUARTER_MENU_AFTER) + 1;
      return [...own.slice(0, at), ...quarterMenu(user.value.role), ...own.slice(at)];
    });
    return { locale, t, user, roleName, selectedKeys, collapsed, narrow, doSignOut, signingOut, onBreakpoint, navigated, menu };
  },
  template: `
    <a-layout class="app-layout">
      <a class="skip-link" href="#main-content" @click.prevent="$refs.main && $refs.main.focus()">{{ t('common.skipToContent') }}</a>
      <a-layout-header class="app-header">
        <button v-if="narrow" type="button" class="menu-toggle" :aria-expanded="String(!collapsed)" aria-controls="app-sider"
                :aria-label="t('layout.menu')" @click="collapsed = !collapsed">☰</button>
        <router-link :to="{ name: 'home' }" class="brand header-brand">
          <img src="app/favicon.svg" alt="" class="brand-logo">
          <span class="brand-name">{{ t('product.name') }}</span>
          <span class="brand-alt" v-if="t('product.name') !== 'Kaoping'">Kaoping</span>
        </router-link>
        <div class="header-right">
          <div class="current-user" :aria-label="t('layout.currentUser')">
            <span id="current-user-name" class="user-name">{{ user.displayName }}</span>
            <a-tag id="current-user-role" color="red" class="role-tag">{{ roleName }}</a-tag>
          </div>
          <notification-bell />
          <language-switch />
          <router-link id="preferences-link" :to="{ name: 'preferences' }" class="header-link">{{ t('preferences.link') }}</router-link>
          <router-link id="tokens-link" :to="{ name: 'tokens' }" class="header-link">{{ t('scale.tokens.nav') }}</router-link>
          <router-link id="change-password-link" :to="{ name: 'change-password' }" class="header-link">{{ t('security.password.link') }}</router-link>
          <a-button id="sign-out" size="small" :loading="signingOut" @click="doSignOut">{{ t('layout.signOut') }}</a-button>
        </div>
      </a-layout-header>
      <a-layout>
        <a-layout-sider v-model:collapsed="collapsed" breakpoint="lg" collapsed-width="0" theme="light"
                        width="200" class="app-sider" id="app-sider" :trigger="null" @breakpoint="onBreakpoint">
          <nav :aria-label="t('layout.menu')">
            <a-menu mode="inline" :selected-keys="selectedKeys" class="app-menu">
              <a-menu-item v-for="m in menu" :key="m.name">
                <router-link :to="{ name: m.name }" :id="'nav-' + m.name" @click="navigated">
                  <span class="menu-icon" aria-hidden="true">{{ m.icon }}</span>{{ t(m.label) }}
                </router-link>
              </a-menu-item>
            </a-menu>
          </nav>
        </a-layout-sider>
        <a-layout-content class="app-content">
          <main id="main-content" ref="main" tabindex="-1" class="app-main">
            <!-- a new language loads the page again: server texts come in the language asked for (docs/i18n.md) -->
            <router-view :key="locale" />
          </main>
        </a-layout-content>
      </a-layout>
    </a-layout>`,
};
