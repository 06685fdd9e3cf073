// Beside a clause in the next quarter's forms: last quarter's rectification item and its state, and 重复扣分 when the
// clause is recorded again (docs/rectification.md, "The next quarter").
import { formatAmount } from '../format.js';

const { useI18n } = VueI18n;

/** Last quarter's items of an assessment (GET /api/assessments/{id} lastQuarter) by clause. */
export function lastQuarterOf(assessment) {
  return Object.fromEntries(((assessment && assessment.lastQuarter) || []).map((item) => [item.clause, item]));
}

export default {
  name: 'LastQuarterTag',
  props: {
    previous: { type: Object, default: null },
    repeated: { type: Boolean, default: false },
  },
  setup() {
    const { t } = useI18n();
    return { t, formatAmount };
  },
  template: `
    <span v-if="previous" class="last-quarter" :data-last-quarter="previous.clause">
      <a-tag :color="previous.state === 'CLOSED' ? 'green' : 'orange'" class="last-quarter-state">
        {{ t('rect.lastQuarter', { state: t('rect.states.' + previous.state), deduction: formatAmount(previous.deduction) }) }}</a-tag>
      <a-tag v-if="repeated" color="red" class="repeated-mark">{{ t('rect.repeated') }}</a-tag>
    </span>`,
};
