// A clause's kind, amount per unit and cap, in the current language.
import { formatAmount } from '../format.js';

const { useI18n } = VueI18n;

const KIND_COLORS = { PER_UNIT: 'blue', FLAT: 'geekblue', ZERO_OUT: 'orange', VETO: 'red' };

export default {
  name: 'ClauseAmount',
  props: { clause: { type: Object, required: true } },
  setup() {
    const { t } = useI18n();
    return { t, formatAmount, KIND_COLORS };
  },
  template: `
    <span class="clause-amount">
      <a-tag :color="KIND_COLORS[clause.kind]" class="kind-tag">{{ t('kinds.' + clause.kind) }}</a-tag>
      <span v-if="clause.kind === 'PER_UNIT'" class="amount">{{ t('standard.perUnit', { amount: formatAmount(clause.amount), unit: clause.unit }) }}</span>
      <span v-else-if="clause.kind === 'FLAT'" class="amount">{{ t('standard.flat', { amount: formatAmount(clause.amount) }) }}</span>
      <span v-if="clause.cap != null" class="cap">{{ t('standard.capValue', { cap: formatAmount(clause.cap) }) }}</span>
    </span>`,
};
