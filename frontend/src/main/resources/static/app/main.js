// Entry point: Vue 3 + vue-router + vue-i18n + Ant Design Vue, all from WebJars as browser globals.
import { i18n, antLocale } from './i18n/index.js';
import { router, toSignIn } from './router.js';
import { onUnauthorized } from './api.js';
import { sessionExpired } from './session.js';
import OrgName from './components/OrgName.js';

const { createApp, computed } = Vue;

// The Content-Security-Policy allows only <style> elements with this response's nonce. Ant Design Vue creates its
// style elements at run time without one, so give every new style element the page's nonce (docs/security.md).
const cspNonce = document.querySelector('meta[name="csp-nonce"]')?.content;
if (cspNonce) {
  const createElement = document.createElement.bind(document);
  document.createElement = (tag, options) => {
    const element = createElement(tag, options);
    if (String(tag).toLowerCase() === 'style') element.nonce = cspNonce;
    return element;
  };
}

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

createApp(App).use(i18n).use(router).use(antd).component('OrgName', OrgName).mount('#app');
