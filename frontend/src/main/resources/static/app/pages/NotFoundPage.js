const { useI18n } = VueI18n;

export default {
  name: 'NotFoundPage',
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <a-result status="404" :title="t('notFound.title')">
      <template #extra>
        <router-link :to="{ name: 'home' }"><a-button type="primary" tabindex="-1">{{ t('notFound.back') }}</a-button></router-link>
      </template>
    </a-result>`,
};
