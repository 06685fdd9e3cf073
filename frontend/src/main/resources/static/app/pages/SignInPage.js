// Sign-in: username and password, Enter submits, the server's answer shown next to the form.
import { signIn, session } from '../session.js';
import LanguageSwitch from '../components/LanguageSwitch.js';

const { reactive, ref, computed, onMounted, nextTick } = Vue;
const { useRouter, useRoute } = VueRouter;
const { useI18n } = VueI18n;

export default {
  name: 'SignInPage',
  components: { LanguageSwitch },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const route = useRoute();
    const form = reactive({ username: '', password: '' });
    const busy = ref(false);
    const error = ref(null); // { message, detail }
    const usernameInput = ref(null);
    const passwordInput = ref(null);

    const notice = computed(() => (session.notice ? t('signIn.' + session.notice) : null));

    async function submit() {
      if (!form.username || !form.password) {
        error.value = { message: t('signIn.required'), detail: null };
        return;
      }
      busy.value = true;
      error.value = null;
      try {
        await signIn(form.username.trim(), form.password);
        const redirect = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/')
          ? route.query.redirect : '/';
        await router.replace(redirect);
      } catch (e) {
        form.password = '';
        nextTick(() => passwordInput.value && passwordInput.value.focus());
        if (e.status === 401) {
          error.value = { message: t('signIn.failed'), detail: e.detail };
        } else if (e.status === 0) {
          error.value = { message: t('common.networkError'), detail: null };
        } else {
          error.value = { message: t('common.error'), detail: e.message };
        }
      } finally {
        busy.value = false;
      }
    }

    onMounted(() => nextTick(() => usernameInput.value && usernameInput.value.focus()));

    return { t, form, busy, error, notice, submit, usernameInput, passwordInput };
  },
  template: `
    <main class="sign-in-page">
      <div class="sign-in-card">
        <div class="sign-in-top">
          <div class="brand">
            <img src="app/favicon.svg" alt="" class="brand-logo">
            <div>
              <div class="brand-name">{{ t('product.name') }}<span class="brand-alt" v-if="t('product.name') !== 'Kaoping'">Kaoping</span></div>
              <div class="brand-subtitle">{{ t('product.subtitle') }}</div>
            </div>
          </div>
          <language-switch />
        </div>
        <h1 class="sign-in-title">{{ t('signIn.title') }}</h1>
        <p class="muted">{{ t('signIn.intro') }}</p>
        <a-alert v-if="notice && !error" type="info" show-icon :message="notice" class="sign-in-alert" />
        <form class="sign-in-form" @submit.prevent="submit" novalidate>
          <div class="field">
            <label for="username">{{ t('signIn.username') }}</label>
            <a-input id="username" ref="usernameInput" v-model:value="form.username" name="username"
                     autocomplete="username" size="large" :disabled="busy" />
          </div>
          <div class="field">
            <label for="password">{{ t('signIn.password') }}</label>
            <a-input-password id="password" ref="passwordInput" v-model:value="form.password" name="password"
                              autocomplete="current-password" size="large" :disabled="busy" />
          </div>
          <div role="alert" aria-live="assertive" class="sign-in-error-slot">
            <a-alert v-if="error" id="sign-in-error" type="error" show-icon :message="error.message"
                     :description="error.detail && error.detail !== error.message ? error.detail : undefined" />
          </div>
          <a-button id="sign-in-submit" type="primary" html-type="submit" size="large" block :loading="busy">
            {{ t('signIn.submit') }}
          </a-button>
        </form>
      </div>
    </main>`,
};
