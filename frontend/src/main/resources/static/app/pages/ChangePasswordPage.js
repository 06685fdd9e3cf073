// Change one's own password: asked for at the first sign-in of an account an administrator created, and open to
// everyone from the header. The server ends every session of the account afterwards, so the user signs in again.
import { session } from '../session.js';
import { api } from '../api.js';
import LanguageSwitch from '../components/LanguageSwitch.js';

const { reactive, ref, computed } = Vue;
const { useRouter } = VueRouter;
const { useI18n } = VueI18n;

export default {
  name: 'ChangePasswordPage',
  components: { LanguageSwitch },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const form = reactive({ currentPassword: '', newPassword: '', repeat: '' });
    const busy = ref(false);
    const error = ref(null);
    const required = computed(() => Boolean(session.user && session.user.mustChangePassword));

    async function submit() {
      error.value = null;
      if (!form.currentPassword || !form.newPassword) {
        error.value = t('security.password.required');
        return;
      }
      if (form.newPassword !== form.repeat) {
        error.value = t('security.password.mismatch');
        return;
      }
      busy.value = true;
      try {
        await api.changePassword(form.currentPassword, form.newPassword);
        session.user = null;
        session.notice = 'security.password.changed';
        await router.replace({ name: 'sign-in' });
      } catch (e) {
        if (e.status === 400 && e.field === 'currentPassword') {
          error.value = t('security.password.wrongCurrent');
        } else if (e.status === 400) {
          error.value = t('security.password.rejected') + ' ' + (e.detail || '');
        } else if (e.status === 0) {
          error.value = t('common.networkError');
        } else {
          error.value = t('common.error') + ' ' + (e.message || '');
        }
      } finally {
        busy.value = false;
      }
    }

    function back() {
      router.replace({ name: 'home' });
    }

    return { t, form, busy, error, required, submit, back };
  },
  template: `
    <main class="sign-in-page">
      <div class="sign-in-card">
        <div class="sign-in-top">
          <div class="brand">
            <img src="app/favicon.svg" alt="" class="brand-logo">
            <div class="brand-name">{{ t('product.name') }}</div>
          </div>
          <language-switch />
        </div>
        <h1 class="sign-in-title" id="change-password-title">{{ t('security.password.title') }}</h1>
        <a-alert v-if="required" id="change-password-required" type="warning" show-icon
                 :message="t('security.password.mustChange')" class="sign-in-alert" />
        <p class="muted">{{ t('security.password.rules') }}</p>
        <form class="sign-in-form" @submit.prevent="submit" novalidate>
          <div class="field">
            <label for="current-password">{{ t('security.password.current') }}</label>
            <a-input-password id="current-password" v-model:value="form.currentPassword" autocomplete="current-password"
                              size="large" :disabled="busy" />
          </div>
          <div class="field">
            <label for="new-password">{{ t('security.password.new') }}</label>
            <a-input-password id="new-password" v-model:value="form.newPassword" autocomplete="new-password"
                              size="large" :disabled="busy" />
          </div>
          <div class="field">
            <label for="repeat-password">{{ t('security.password.repeat') }}</label>
            <a-input-password id="repeat-password" v-model:value="form.repeat" autocomplete="new-password"
                              size="large" :disabled="busy" />
          </div>
          <div role="alert" aria-live="assertive" class="sign-in-error-slot">
            <a-alert v-if="error" id="change-password-error" type="error" show-icon :message="error" />
          </div>
          <a-button id="change-password-submit" type="primary" html-type="submit" size="large" block :loading="busy">
            {{ t('security.password.submit') }}
          </a-button>
          <a-button v-if="!required" id="change-password-cancel" size="large" block class="sign-in-alert" @click="back">
            {{ t('security.password.cancel') }}
          </a-button>
        </form>
      </div>
    </main>`,
};
