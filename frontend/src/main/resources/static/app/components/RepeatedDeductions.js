// The leadership confirmation's list of repeated deductions (重复扣分): clauses that cost points last quarter and
// are recorded again (repeatedDeductions of GET /api/assessments/{id}).
import { formatAmount } from '../format.js';

const { useI18n } = VueI18n;

export default {
  name: 'RepeatedDeductions',
  props: { items: { type: Array, default: () => [] } },
  setup() {
    const { t } = useI18n();
    return { t, formatAmount };
  },
  template: `
    <a-card size="small" class="section-card" :title="t('rect.repeatedTitle')" id="repeated-deductions">
      <p v-if="!items.length" class="muted">{{ t('rect.noRepeated') }}</p>
      <template v-else>
        <p class="muted">{{ t('rect.repeatedIntro') }}</p>
        <ul class="plain-list">
          <li v-for="r in items" :key="r.clause" :data-repeated="r.clause">
            <a-tag color="red">{{ t('rect.repeated') }}</a-tag>
            {{ t('rect.repeatedLine', { clause: r.clause, count: r.count, deduction: formatAmount(r.previous.deduction), state: t('rect.states.' + r.previous.state) }) }}
          </li>
        </ul>
      </template>
    </a-card>`,
};
