// The way of one assessment through the quarter as a stepper (issue 10): 自评 → 部门审核 (which departments are
// done, which pending) → 加分申报 → 领导小组认定 → 公示, each done step with who and when when the history is known.
import { departmentName } from '../names.js';

const { computed } = Vue;
const { useI18n } = VueI18n;

export const STEPS = ['selfAssessment', 'departmentReview', 'bonusDeclaration', 'leadershipConfirmation', 'publication'];

// the history actions that finish each step (the last one counts)
const FINISHED_BY = {
  selfAssessment: ['SELF_ASSESSMENT_SUBMITTED'],
  departmentReview: ['REVIEW_APPROVED', 'REVIEW_RETURNED'],
  bonusDeclaration: ['BONUS_DECLARED', 'BONUS_ENDORSED', 'BONUS_RETURNED'],
  leadershipConfirmation: ['CONFIRMED', 'LOCKED'],
};

/** The step an assessment stands at: 0–4, 5 when published. */
export function stepOf(stage, cycleStatus) {
  switch (stage) {
    case 'opening':
    case 'selfAssessment': return 0;
    case 'departmentReview': return 1;
    case 'bonusDeclaration':
    case 'bonusEndorsement': return 2;
    case 'leadershipConfirmation': return 3;
    case 'locked': return cycleStatus && cycleStatus !== 'RUNNING' ? 5 : 4;
    default: return 0;
  }
}

export default {
  name: 'AssessmentStepper',
  props: {
    stage: { type: String, required: true },
    cycle: { type: Object, default: null },
    returned: { type: Boolean, default: false },
    // departments reviewing in this round and their decisions so far (APPROVE, RETURN); pending = no decision
    reviewDepartments: { type: Array, default: () => [] },
    reviewDecisions: { type: Object, default: () => ({}) },
    history: { type: Array, default: () => [] },
    id: { type: String, default: 'assessment-stepper' },
  },
  setup(props) {
    const { t } = useI18n();
    const current = computed(() => stepOf(props.stage, props.cycle && props.cycle.status));
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '');
    const doneBy = (step) => {
      if (step === 'publication') {
        return props.cycle && props.cycle.publishedAt ? fmt(props.cycle.publishedAt) : '';
      }
      const actions = FINISHED_BY[step] || [];
      const last = props.history.filter((e) => actions.includes(e.action)).pop();
      return last ? (last.actor === 'system' ? t('home.system') : (last.actorName || last.actor)) + ' · ' + fmt(last.at) : '';
    };
    const status = (index) => {
      if (index < current.value) return 'finish';
      if (index === current.value) return props.returned ? 'error' : 'process';
      return 'wait';
    };
    const departments = computed(() => props.reviewDepartments.map((code) => ({
      code,
      name: departmentName(code),
      decision: props.reviewDecisions[code] || null,
    })));
    return { t, STEPS, current, status, doneBy, departments };
  },
  template: `
    <a-steps :current="Math.min(current, 4)" size="small" class="assessment-stepper" :id="id" responsive>
      <a-step v-for="(step, i) in STEPS" :key="step" :status="current === 5 ? 'finish' : status(i)" :data-step="step"
              :title="t('quarter.taskKeys.' + step)">
        <template #description>
          <div v-if="doneBy(step) && (i < current || current === 5)" class="step-who">{{ doneBy(step) }}</div>
          <div v-if="step === 'departmentReview' && departments.length" class="step-departments">
            <div v-for="d in departments" :key="d.code" :data-department="d.code"
                 :class="['step-department', d.decision ? 'decided-' + d.decision.toLowerCase() : 'pending']">
              {{ d.decision === 'APPROVE' ? '✓' : d.decision === 'RETURN' ? '↩' : '…' }} {{ d.name }}
              <span class="muted">{{ d.decision ? t('home.decision.' + d.decision) : t('home.decision.pending') }}</span>
            </div>
          </div>
          <div v-if="i === current && current < 5" class="step-now">{{ returned && i === 0 ? t('home.step.returned') : t('home.step.now') }}</div>
        </template>
      </a-step>
    </a-steps>`,
};
