// 中文 / English switch, a radio group (arrow keys move between the two).
import { LOCALES, setLocale } from '../i18n/index.js';

const { computed } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'LanguageSwitch',
  props: { size: { type: String, default: 'small' } },
  setup() {
    const { t, locale } = useI18n();
    const current = computed({ get: () => locale.value, set: (code) => setLocale(code) });
    return { t, current, locales: LOCALES };
  },
  template: `
    <a-radio-group v-model:value="current" :size="size" button-style="solid" :aria-label="t('common.language')"
                   class="language-switch">
      <a-radio-button v-for="l in locales" :key="l.code" :value="l.code" :lang="l.code"
                      :data-locale="l.code">{{ l.label }}</a-radio-button>
    </a-radio-group>`,
};
