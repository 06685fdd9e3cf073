// Sets up vue-i18n (Chinese by default, English switchable) and keeps Ant Design Vue and dayjs in step.
import zhCN from './zh-CN.js';
import en from './en.js';
import scaleZhCN from './scale.zh-CN.js';
import scaleEn from './scale.en.js';

const STORAGE_KEY = 'kaoping.locale';
export const LOCALES = [
  { code: 'zh-CN', label: '中文', antd: 'zh_CN', dayjs: 'zh-cn' },
  { code: 'en', label: 'English', antd: 'en_US', dayjs: 'en' },
];

function initialLocale() {
  let stored = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch (ignored) {
    // storage may be unavailable (private mode); fall back to Chinese
  }
  return LOCALES.some((l) => l.code === stored) ? stored : 'zh-CN';
}

export const i18n = VueI18n.createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': { ...zhCN, scale: scaleZhCN }, en: { ...en, scale: scaleEn } },
});

/** The Ant Design Vue locale object for the current language (for a-config-provider). */
export function antLocale(code) {
  const entry = LOCALES.find((l) => l.code === code) || LOCALES[0];
  return antd.locales[entry.antd];
}

export function setLocale(code) {
  const entry = LOCALES.find((l) => l.code === code) || LOCALES[0];
  i18n.global.locale.value = entry.code;
  document.documentElement.lang = entry.code;
  dayjs.locale(entry.dayjs);
  try {
    window.localStorage.setItem(STORAGE_KEY, entry.code);
  } catch (ignored) {
    // not remembered, that is all
  }
}

setLocale(i18n.global.locale.value);
