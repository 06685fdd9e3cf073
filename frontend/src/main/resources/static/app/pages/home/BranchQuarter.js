// A branch's home: this quarter's assessment as a stepper, its current score and latest return comment; after
// publication its result, rank, the end of the publicity period with a countdown, and its objections (issue 10).
import { api } from '../../api.js';
import { formatScore, periodDays } from '../../format.js';
import GradeTag from '../../components/GradeTag.js';
import AssessmentStepper from '../../components/AssessmentStepper.js';

const { ref, computed, onMounted, onBeforeUnmount } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'BranchQuarter',
  components: { GradeTag, AssessmentStepper },
  props: { branch: { type: String, required: true } },
  setup(props) {
    const { t } = useI18n();
    const loading = ref(true);
    const error = ref(null);
    const mine = ref(null); // the newest assessment (GET /api/me/assessments)
    const cycle = ref(null);
    const history = ref([]);
    const rank = ref(null);
    const objections = ref([]);
    const now = ref(dayjs());
    let timer = null;

    onMounted(async () => {
      timer = setInterval(() => { now.value = dayjs(); }, 60000);
      try {
        const list = await api.get('api/me/assessments');
        mine.value = list[0] || null;
        if (mine.value) {
          const [c, a] = await Promise.all([api.cycle(mine.value.cycleId), api.assessment(mine.value.id)]);
          cycle.value = c;
          history.value = a.history || [];
          if (c.status !== 'RUNNING') {
            // the branch's own entry, searched by its code, not the whole ranking (docs/scale.md); one entry per
            // locked assessment, so the cycle's locked count is the number ranked
            const [found, raised] = await Promise.all([
              api.rankingPage(c.id, { q: props.branch, size: 50 }).catch(() => ({ items: [] })),
              api.objections(c.id).catch(() => []),
            ]);
            const own = found.items.find((r) => r.branch === props.branch);
            rank.value = own ? { rank: own.rank, of: c.locked } : null;
            objections.value = raised;
          }
        }
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        loading.value = false;
      }
    });
    onBeforeUnmount(() => clearInterval(timer));

    const returned = computed(() => !!(mine.value && mine.value.returnComment && !mine.value.locked
      && ['selfAssessment', 'bonusDeclaration'].includes(mine.value.stage)));
    const publicityEnd = computed(() => {
      if (!cycle.value || !cycle.value.publishedAt) return null;
      const days = periodDays(cycle.value.publicityPeriod);
      return days === null ? null : dayjs(cycle.value.publishedAt).add(days, 'day');
    });
    const countdown = computed(() => {
      if (!publicityEnd.value) return '';
      const minutes = publicityEnd.value.diff(now.value, 'minute');
      if (minutes <= 0) return t('home.publicity.ended');
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      return t('home.publicity.left', { days, hours });
    });
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    return { t, loading, error, mine, cycle, history, rank, objections, returned, publicityEnd, countdown, fmt, formatScore };
  },
  template: `
    <a-card size="small" class="section-card" id="home-quarter"
            :title="cycle ? t('home.quarter.titleOf', { name: t('quarter.cycleName', { year: cycle.year, quarter: cycle.quarter }) }) : t('home.quarter.title')">
      <template #extra><router-link v-if="mine" :to="{ name: 'assessment', params: { id: mine.id } }" id="home-to-assessment">{{ t('quarter.viewAssessment') }}</router-link></template>
      <a-alert v-if="error" type="error" show-icon :message="error" />
      <a-spin v-else-if="loading" />
      <p v-else-if="!mine" class="muted" id="home-no-assessment">{{ t('home.quarter.none') }}</p>
      <template v-else>
        <assessment-stepper :stage="mine.stage" :cycle="cycle" :returned="returned" :history="history"
                            :review-departments="mine.reviewDepartments" :review-decisions="mine.reviewDecisions" id="home-stepper" />
        <a-row :gutter="[16, 12]" class="home-facts">
          <a-col :xs="24" :md="8">
            <a-statistic :title="t('home.quarter.score.' + (mine.scoreKind || 'none'))" :value="mine.score === null ? '–' : formatScore(mine.score)" id="home-score" />
            <grade-tag v-if="mine.grade" :grade="mine.grade" :level="mine.gradeLevel" :vetoed="mine.vetoed" />
          </a-col>
          <a-col v-if="rank" :xs="12" :md="8">
            <a-statistic :title="t('home.quarter.rank')" :value="rank.rank" :suffix="'/ ' + rank.of" id="home-rank" />
          </a-col>
          <a-col v-if="publicityEnd" :xs="12" :md="8">
            <div class="muted">{{ t('home.publicity.ends') }}</div>
            <div id="home-publicity-end"><strong>{{ publicityEnd.format('YYYY-MM-DD HH:mm') }}</strong></div>
            <div class="due-in" id="home-countdown">{{ countdown }}</div>
          </a-col>
        </a-row>
        <a-alert v-if="mine.returnComment" :type="returned ? 'warning' : 'info'" show-icon class="home-return" id="home-return-comment"
                 :message="t('home.quarter.returnComment', { by: mine.returnedBy, at: fmt(mine.returnedAt) })" :description="mine.returnComment" />
        <div v-if="objections.length" class="home-objections" id="home-objections">
          <h3 class="section-title">{{ t('quarter.objections.title') }}</h3>
          <div v-for="o in objections" :key="o.id" class="objection-item" :data-status="o.status">
            <a-tag :color="o.status === 'OPEN' ? 'orange' : o.status === 'ACCEPTED' ? 'green' : 'default'">{{ t('quarter.objections.statuses.' + o.status) }}</a-tag>
            <span>{{ o.reason }}</span>
            <div v-if="o.answer" class="objection-answer"><strong>{{ t('quarter.objections.answer') }}：</strong>{{ o.answer }}
              <span class="muted">{{ o.answeredBy }} · {{ fmt(o.answeredAt) }}</span></div>
          </div>
        </div>
      </template>
    </a-card>`,
};
