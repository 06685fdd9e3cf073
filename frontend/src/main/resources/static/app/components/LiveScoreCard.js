// The side column of a task form: the score card the server previews for the form as it stands.
import ScoreCardView from './ScoreCardView.js';

const { useI18n } = VueI18n;

export default {
  name: 'LiveScoreCard',
  components: { ScoreCardView },
  props: {
    title: { type: String, required: true },
    card: { type: Object, default: null },
    idPrefix: { type: String, required: true },
    previewing: { type: Boolean, default: false },
    /** Inputs the server refused: the card shows the last form it could score. */
    stale: { type: Boolean, default: false },
    secondaries: { type: Boolean, default: true },
  },
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <div class="score-card-wrap">
      <a-card :title="title" size="small">
        <template #extra><span v-if="previewing" class="muted" aria-live="polite">{{ t('calculator.updating') }}</span></template>
        <a-alert v-if="stale" type="warning" show-icon :message="t('calculator.staleCard')" class="preview-error" />
        <score-card-view :card="card" :id-prefix="idPrefix" :secondaries="secondaries" />
      </a-card>
    </div>`,
};
