// One's own notification settings (docs/operations.md, "Mail"): the address mails go to, their language, and
// whether to receive them at all. The in-app notifications are always kept.
import { api } from '../api.js';
import { setLocale } from '../i18n/index.js';

const { reactive, ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'PreferencesPage',
  setup() {
    const { t } = useI18n();
    const form = reactive({ email: '', language: 'zh-CN', mailNotifications: true });
    const loading = ref(true);
    const saving = ref(false);
    const error = ref(null);
    const emailError = ref(null);

    onMounted(async () => {
      try {
        Object.assign(form, await api.get('api/me/preferences'));
        form.email = form.email || '';
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    });

    async function save() {
      error.value = null;
      emailError.value = null;
      saving.value = true;
      try {
        Object.assign(form, await api.put('api/me/preferences', { ...form }));
        form.email = form.email || '';
        setLocale(form.language);
        antd.message.success(t('preferences.saved'));
      } catch (e) {
        if (e.status === 400 && e.field === 'email') {
          emailError.value = t('preferences.badEmail');
        } else {
          error.value = e.message;
        }
      } finally {
        saving.value = false;
      }
    }

    return { t, form, loading, saving, error, emailError, save };
  },
  template: `
    <section class="page" aria-labelledby="preferences-title">
      <h1 id="preferences-title">{{ t('preferences.title') }}</h1>
      <p class="muted">{{ t('preferences.intro') }}</p>
      <a-alert v-if="error" id="preferences-error" type="error" show-icon :message="error" />
      <a-spin :spinning="loading">
        <form class="preferences-form" @submit.prevent="save" novalidate>
          <div class="field">
            <label for="preferences-email">{{ t('preferences.email') }}</label>
            <a-input id="preferences-email" v-model:value="form.email" type="email" autocomplete="email"
                     :status="emailError ? 'error' : ''" :placeholder="t('preferences.emailHint')" />
            <div v-if="emailError" id="preferences-email-error" class="field-error" role="alert">{{ emailError }}</div>
          </div>
          <div class="field">
            <span id="preferences-language-label">{{ t('preferences.language') }}</span>
            <a-radio-group id="preferences-language" v-model:value="form.language"
                           aria-labelledby="preferences-language-label">
              <a-radio value="zh-CN" lang="zh-CN">中文</a-radio>
              <a-radio value="en" lang="en">English</a-radio>
            </a-radio-group>
          </div>
          <div class="field">
            <a-checkbox id="preferences-mail" v-model:checked="form.mailNotifications">
              {{ t('preferences.mailNotifications') }}
            </a-checkbox>
          </div>
          <a-button id="preferences-save" type="primary" html-type="submit" :loading="saving">
            {{ t('preferences.save') }}
          </a-button>
        </form>
      </a-spin>
    </section>`,
};
