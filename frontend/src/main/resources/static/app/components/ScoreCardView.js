// A score card (total, base, bonus, grade, veto, per primary indicator, explanation) for the quarter's pages.
import { formatScore, formatDelta } from '../format.js';
import GradeTag from './GradeTag.js';

const { useI18n } = VueI18n;

export const EXPLANATION_COLORS = {
  DEDUCTION: 'red', CAP: 'gold', FLOOR: 'gold', ZERO_OUT: 'volcano', BONUS: 'green', BONUS_CAP: 'gold', VETO: 'magenta',
};

export default {
  name: 'ScoreCardView',
  components: { GradeTag },
  props: {
    card: { type: Object, default: null },
    idPrefix: { type: String, default: 'card' },
    explanation: { type: Boolean, default: true },
    secondaries: { type: Boolean, default: true },
  },
  setup() {
    const { t } = useI18n();
    return { t, formatScore, formatDelta, EXPLANATION_COLORS };
  },
  template: `
    <div class="score-card-view" :id="idPrefix">
      <p v-if="!card" class="muted">{{ t('quarter.card.none') }}</p>
      <template v-else>
        <div class="score-summary" aria-live="polite">
          <div class="score-total">
            <div class="muted">{{ t('calculator.total') }}</div>
            <div class="total-value" :id="idPrefix + '-total'">{{ formatScore(card.totalScore) }}</div>
          </div>
          <dl class="score-facts">
            <dt>{{ t('calculator.base') }}</dt><dd :id="idPrefix + '-base'">{{ formatScore(card.baseScore) }}</dd>
            <dt>{{ t('calculator.bonus') }}</dt><dd :id="idPrefix + '-bonus'">{{ formatScore(card.bonusScore) }}</dd>
            <dt>{{ t('calculator.grade') }}</dt><dd><grade-tag :grade="card.grade" :level="card.gradeLevel" :vetoed="card.vetoed" :id="idPrefix + '-grade'" /></dd>
            <dt>{{ t('calculator.vetoes') }}</dt><dd><a-tag :color="card.vetoed ? 'red' : 'default'" :id="idPrefix + '-vetoed'">{{ card.vetoed ? t('calculator.vetoed') : t('calculator.notVetoed') }}</a-tag></dd>
          </dl>
        </div>
        <table class="indicator-table">
          <thead><tr><th scope="col">{{ t('calculator.indicatorName') }}</th><th scope="col">{{ t('calculator.max') }}</th><th scope="col">{{ t('calculator.score') }}</th><th scope="col">{{ t('calculator.bonus') }}</th></tr></thead>
          <tbody>
            <template v-for="p in card.indicators" :key="p.name">
              <tr class="primary-row" :class="{ lost: Number(p.score) < Number(p.maxScore) }" :data-indicator="p.name">
                <th scope="row">{{ p.name }}</th><td>{{ formatScore(p.maxScore) }}</td><td>{{ formatScore(p.score) }}</td>
                <td>{{ Number(p.bonus) ? formatDelta(p.bonus) : '' }}</td>
              </tr>
              <template v-if="secondaries">
                <tr v-for="s in (p.secondaries || []).filter((x) => Number(x.score) < Number(x.maxScore))" :key="p.name + '/' + s.name" class="secondary-row">
                  <th scope="row">{{ s.name }}<a-tag v-if="s.zeroedOut" color="volcano" class="tiny-tag">{{ t('explanation.ZERO_OUT') }}</a-tag></th>
                  <td>{{ formatScore(s.maxScore) }}</td><td>{{ formatScore(s.score) }}</td><td></td>
                </tr>
              </template>
            </template>
          </tbody>
        </table>
        <template v-if="explanation">
          <h3 class="explanation-title">{{ t('calculator.explanation') }}</h3>
          <ol v-if="card.explanation && card.explanation.length" class="explanation" :id="idPrefix + '-explanation'">
            <li v-for="(line, i) in card.explanation" :key="i">
              <a-tag :color="EXPLANATION_COLORS[line.kind]" class="tiny-tag">{{ t('explanation.' + line.kind) }}</a-tag>
              <span class="explanation-text">{{ line.text }}</span>
            </li>
          </ol>
          <p v-else class="muted">{{ t('calculator.noExplanation') }}</p>
        </template>
      </template>
    </div>`,
};
