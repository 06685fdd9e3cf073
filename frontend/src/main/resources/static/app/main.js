// Entry point: Vue 3 + vue-router + vue-i18n + Ant Design Vue, all from WebJars as browser globals.
import { i18n, antLocale } from './i18n/index.js';
import { router, toSignIn } from './router.js';
import { onUnauthorized } from './api.js';
import { sessionExpired } from './session.js';

const { createApp, computed } = Vue;

const App = {
  setup() {
    const locale = computed(() => antLocale(i18n.global.locale.value));
    // Party red for the brand and primary buttons; inputs keep a blue focus so that red always means an error
    const focusBlue = { colorPrimary: '#1677ff', colorPrimaryHover: '#4096ff', controlOutline: 'rgba(5, 145, 255, 0.1)' };
    const theme = {
      token: { colorPrimary: '#c41d1d', borderRadius: 4 },
      components: { Input: focusBlue, InputNumber: focusBlue, Select: focusBlue },
    };
    return { locale, theme };
  },
  template: `
    <a-config-provider :locale="locale" :theme="theme" :auto-insert-space-in-button="false">
      <router-view />
    </a-config-provider>`,
};

onUnauthorized(() => {
  sessionExpired();
  toSignIn();
});

createApp(App).use(i18n).use(router).use(antd).mount('#app');
