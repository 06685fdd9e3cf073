// 上一个 / 下一个 of the leadership group's run (docs/scale.md): where this confirmation stands in the summary's
// order, the branches before and after it, and the way back to the summary. Stepping on completes nothing.
const { useI18n } = VueI18n;

export default {
  name: 'ConfirmationRunBar',
  props: { run: { type: Object, required: true } },
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <div class="toolbar run-bar" id="run-bar" role="navigation" :aria-label="t('scale.confirmations.nav')">
      <router-link :to="run.summary" id="run-summary"><a-button size="small">← {{ t('scale.confirmations.backToSummary') }}</a-button></router-link>
      <template v-if="run.place">
        <a-button size="small" id="run-previous" :disabled="!run.place.previous" @click="run.go(run.place.previous)"
                  :title="run.place.previous ? run.place.previous.branch + ' ' + (run.place.previous.name || '') : ''">‹ {{ t('scale.confirmations.previous') }}</a-button>
        <span id="run-position" class="run-position">{{ t('scale.confirmations.run', { n: run.place.position + 1, total: run.place.total }) }}</span>
        <a-button size="small" id="run-next" :disabled="!run.place.next" @click="run.go(run.place.next)"
                  :title="run.place.next ? run.place.next.branch + ' ' + (run.place.next.name || '') : ''">{{ t('scale.confirmations.next') }} ›</a-button>
      </template>
      <span v-else-if="run.missing" class="muted" id="run-missing">{{ t('scale.confirmations.notInRun') }}</span>
    </div>`,
};
