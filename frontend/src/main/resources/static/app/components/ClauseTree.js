// The standard's tree: one panel per primary indicator, its secondaries, items, rules and clauses. Each page puts
// what it needs in the slots: `clause` (one per clause: the calculator's input, a finding row, a review row; by
// default the clause as the standard prints it), `header` (tags beside a primary's name) and `top` (above its
// secondaries). With `rules` the items' and rules' wording is shown too, as on the standard page.
import ClauseAmount from './ClauseAmount.js';
import { formatAmount } from '../format.js';

const { useI18n } = VueI18n;

export default {
  name: 'ClauseTree',
  components: { ClauseAmount },
  props: {
    primaries: { type: Array, required: true },
    /** The open panels (primary names), for v-model:open. */
    open: { type: Array, default: () => [] },
    /** (clause, rule) → whether the clause is shown; all are when absent. */
    clauseVisible: { type: Function, default: null },
    /** Keep a primary's panel when none of its clauses is shown (the `top` slot can say why). */
    keepEmpty: { type: Boolean, default: false },
    rules: { type: Boolean, default: false },
    numbered: { type: Boolean, default: false },
  },
  emits: ['update:open'],
  setup(props) {
    const { t } = useI18n();
    const shows = (clause, rule) => !props.clauseVisible || props.clauseVisible(clause, rule);
    const shownIn = (secondary) => secondary.items.some((i) => i.rules.some((r) => r.clauses.some((c) => shows(c, r))));
    const panelShown = (primary) => props.keepEmpty || !props.clauseVisible || primary.secondaries.some(shownIn);
    const secondaryShown = (secondary) => props.rules || !props.clauseVisible || shownIn(secondary);
    return { t, shows, shownIn, panelShown, secondaryShown, formatAmount };
  },
  template: `
    <a-collapse :activeKey="open" @update:activeKey="$emit('update:open', $event)" class="clause-tree">
      <a-collapse-panel v-for="(primary, pi) in primaries" :key="primary.name" v-show="panelShown(primary)">
        <template #header>
          <span class="primary-header" :data-primary="primary.name">
            <span class="primary-name">{{ numbered ? (pi + 1) + '. ' : '' }}{{ primary.name }}</span>
            <span class="points">{{ t('common.points', { n: formatAmount(primary.points) }) }}</span>
            <slot name="header" :primary="primary" />
          </span>
        </template>
        <slot name="top" :primary="primary" :shown="primary.secondaries.some(shownIn)" />
        <template v-for="secondary in primary.secondaries" :key="secondary.name">
          <section v-if="secondaryShown(secondary)" class="secondary">
            <h3 class="secondary-title">{{ secondary.name }} <span class="points">{{ t('common.points', { n: formatAmount(secondary.points) }) }}</span></h3>
            <template v-for="item in secondary.items" :key="item.number">
              <div v-if="rules" class="item">
                <div class="item-text"><span class="item-no">{{ t('standard.item', { n: item.number }) }}</span>{{ item.text }}</div>
                <div v-for="rule in item.rules" :key="rule.number" class="rule" :data-rule="rule.number">
                  <div class="rule-text"><span class="rule-no">{{ t('standard.rule', { n: rule.number }) }}</span>{{ rule.text }}</div>
                  <ul class="clauses">
                    <template v-for="clause in rule.clauses" :key="clause.id">
                      <slot v-if="shows(clause, rule)" name="clause" :clause="clause" :rule="rule" :item="item" :secondary="secondary" :primary="primary">
                        <li class="clause" :data-clause="clause.id">
                          <span class="clause-id">{{ clause.id }}</span>
                          <span class="clause-text">{{ clause.text }}</span>
                          <clause-amount :clause="clause" />
                        </li>
                      </slot>
                    </template>
                  </ul>
                </div>
              </div>
              <template v-else>
                <template v-for="rule in item.rules" :key="rule.number">
                  <template v-for="clause in rule.clauses" :key="clause.id">
                    <slot v-if="shows(clause, rule)" name="clause" :clause="clause" :rule="rule" :item="item" :secondary="secondary" :primary="primary" />
                  </template>
                </template>
              </template>
            </template>
          </section>
        </template>
      </a-collapse-panel>
    </a-collapse>`,
};
