// One cycle: opening progress (polled until every branch is opened), counts per stage, deadlines, publication
// (leadership group), objections and their answers, and the way to the results.
import { api } from '../api.js';
import { session } from '../session.js';
import { STATUS_COLORS } from './CyclesPage.js';
import ExportButtons from './ExportButtons.js';
import { periodDays } from '../format.js';

const { ref, computed, onMounted, onBeforeUnmount, h } = Vue;
const { useRoute, useRouter } = VueRouter;
const { useI18n } = VueI18n;

const STAGES = ['selfAssessment', 'departmentReview', 'bonusDeclaration', 'bonusEndorsement', 'leadershipConfirmation'];
const POLL_MS = 1500;

export default {
  name: 'CyclePage',
  components: { ExportButtons },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const cycle = ref(null);
    const error = ref(null);
    const objections = ref([]);
    const myTasks = ref([]);
    const busy = ref(false);
    const role = computed(() => session.user && session.user.role);
    let timer = null;

    const opening = computed(() => cycle.value && cycle.value.opened < cycle.value.branches);
    const percent = computed(() => (cycle.value && cycle.value.branches ? Math.round((100 * cycle.value.opened) / cycle.value.branches) : 0));
    const lockedPercent = computed(() => (cycle.value && cycle.value.branches ? Math.round((100 * cycle.value.locked) / cycle.value.branches) : 0));
    const publicationTask = computed(() => myTasks.value.find((x) => x.taskKey === 'publication' && x.cycleId === cycle.value.id));
    const answerTask = (objection) => myTasks.value.find((x) => x.taskKey === 'objectionAnswer' && x.objectionId === objection.id);
    const canSeeResults = computed(() => cycle.value && (cycle.value.status !== 'RUNNING' || role.value === 'LEADER' || role.value === 'ADMIN'));

    async function load() {
      try {
        cycle.value = await api.cycle(route.params.id);
        error.value = null;
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
        return;
      }
      if (opening.value) {
        timer = setTimeout(load, POLL_MS);
        return;
      }
      const [tasks, list] = await Promise.all([
        api.tasks({ cycle: cycle.value.id, size: 500 }).catch(() => []),
        role.value === 'REVIEWER' ? Promise.resolve([]) : api.objections(cycle.value.id).catch(() => []),
      ]);
      myTasks.value = tasks;
      objections.value = list;
    }
    onMounted(load);
    onBeforeUnmount(() => clearTimeout(timer));

    function publish() {
      antd.Modal.confirm({
        title: t('quarter.cycles.confirmPublish'),
        content: h('div', { id: 'confirm-content' }, [h('p', t('quarter.cycles.publishNote', { period: period(cycle.value.publicityPeriod) }))]),
        okText: t('quarter.cycles.publish'),
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(publicationTask.value.id, {});
            antd.message.success(t('quarter.cycles.published'));
            await load();
          } catch (e) {
            antd.message.error(e.detail || e.message);
          } finally {
            busy.value = false;
          }
        },
      });
    }

    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    // "P5D" reads "5 天"
    const period = (iso) => {
      const days = periodDays(iso);
      return days === null ? iso : t('common.days', { n: days }, days);
    };
    const objectionColumns = computed(() => [
      { title: t('quarter.branch'), dataIndex: 'branch', key: 'branch', sorter: (a, b) => a.branch.localeCompare(b.branch) },
      { title: t('quarter.objections.reason'), dataIndex: 'reason', key: 'reason' },
      { title: t('quarter.objections.raisedAt'), key: 'raisedAt', sorter: (a, b) => String(a.raisedAt).localeCompare(String(b.raisedAt)) },
      { title: t('quarter.cycles.status'), key: 'status' },
      { title: t('quarter.objections.answer'), dataIndex: 'answer', key: 'answer' },
      { title: '', key: 'action' },
    ]);
    return {
      t, cycle, error, opening, percent, lockedPercent, STAGES, STATUS_COLORS, publicationTask, publish, busy, objections,
      objectionColumns, answerTask, canSeeResults, fmt, role, router, period,
    };
  },
  template: `
    <div class="page cycle-page">
      <router-link :to="{ name: 'cycles' }" class="back-link">← {{ t('quarter.nav.cycles') }}</router-link>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <a-spin v-if="!cycle && !error" class="page-spin" />
      <template v-if="cycle">
        <h1 class="page-title" id="cycle-title">{{ t('quarter.cycleName', { year: cycle.year, quarter: cycle.quarter }) }}
          <a-tag :color="STATUS_COLORS[cycle.status]" id="cycle-status">{{ t('quarter.cycles.statuses.' + cycle.status) }}</a-tag></h1>
        <router-link v-if="role === 'LEADER' || role === 'ADMIN'" id="to-dashboard" :to="{ name: 'dashboard', params: { id: cycle.id } }">
          <a-button type="primary">{{ t('scale.dashboard.nav') }}</a-button></router-link>
        <a-card size="small" class="section-card" :title="t('quarter.cycles.opening')">
          <a-progress :percent="percent" :status="opening ? 'active' : 'success'" id="cycle-progress" />
          <p id="cycle-opened">{{ t('quarter.cycles.openedOf', { opened: cycle.opened, branches: cycle.branches }) }}
            <span v-if="opening" class="muted">{{ t('quarter.cycles.stillOpening') }}</span></p>
        </a-card>
        <a-row :gutter="[12, 12]" class="stat-grid" id="stage-dashboard">
          <a-col v-for="key in STAGES" :key="key" :xs="12" :sm="8" :lg="4">
            <a-card size="small" :data-stage="key"><a-statistic :title="t('quarter.taskKeys.' + key)" :value="(cycle.waiting && cycle.waiting[key]) || 0" /></a-card>
          </a-col>
          <a-col :xs="12" :sm="8" :lg="4">
            <a-card size="small" data-stage="locked"><a-statistic :title="t('quarter.taskKeys.locked')" :value="cycle.locked" :suffix="'/ ' + cycle.branches" /></a-card>
          </a-col>
        </a-row>
        <a-card size="small" class="section-card" :title="t('quarter.cycles.lockedProgress')">
          <a-progress :percent="lockedPercent" id="cycle-locked-progress" />
        </a-card>
        <a-card v-if="publicationTask" size="small" class="section-card publish-card" :title="t('quarter.taskKeys.publication')" id="publication-card">
          <p>{{ t('quarter.cycles.readyToPublish') }}</p>
          <a-button type="primary" :loading="busy" @click="publish" id="publish-cycle">{{ t('quarter.cycles.publish') }}</a-button>
        </a-card>
        <a-card size="small" class="section-card" :title="t('quarter.cycles.details')">
          <a-descriptions :column="{ xs: 1, sm: 2, lg: 3 }" size="small">
            <a-descriptions-item :label="t('quarter.standardVersion')">{{ cycle.standard }} v{{ cycle.standardVersion }}</a-descriptions-item>
            <a-descriptions-item v-for="key in ['selfAssessmentDue', 'reviewDue', 'bonusDue', 'confirmationDue']" :key="key" :label="t('quarter.cycles.' + key)">{{ fmt(cycle[key]) }}</a-descriptions-item>
            <a-descriptions-item :label="t('quarter.cycles.publicityPeriod')"><span id="cycle-publicity-period">{{ period(cycle.publicityPeriod) }}</span></a-descriptions-item>
            <a-descriptions-item :label="t('quarter.cycles.createdAt')">{{ fmt(cycle.createdAt) }} · {{ cycle.createdBy }}</a-descriptions-item>
            <a-descriptions-item v-if="cycle.publishedAt" :label="t('quarter.cycles.publishedAt')">{{ fmt(cycle.publishedAt) }}</a-descriptions-item>
          </a-descriptions>
          <router-link v-if="canSeeResults" :to="{ name: 'results', query: { cycle: cycle.id } }" id="to-results"><a-button>{{ t('quarter.cycles.toResults') }}</a-button></router-link>
          <export-buttons v-if="canSeeResults && cycle.locked > 0" :excel="[{ id: 'export-ranking-xlsx', href: 'api/cycles/' + cycle.id + '/ranking.xlsx' },
            { id: 'export-deductions-xlsx', href: 'api/cycles/' + cycle.id + '/deductions.xlsx', label: 'reports.exportDeductions' }]" />
        </a-card>
        <template v-if="role !== 'REVIEWER'">
          <h2 class="section-title">{{ t('quarter.objections.title') }}</h2>
          <a-table :columns="objectionColumns" :data-source="objections" row-key="id" size="small" id="objection-table"
                   :pagination="{ pageSize: 10, hideOnSinglePage: true }" :locale="{ emptyText: t('quarter.objections.none') }" :scroll="{ x: 720 }">
            <template #bodyCell="{ column, record }">
              <template v-if="column.key === 'branch'"><org-name :branch="record.branch" /></template>
              <template v-else-if="column.key === 'raisedAt'">{{ fmt(record.raisedAt) }}</template>
              <template v-else-if="column.key === 'status'"><a-tag :color="record.status === 'OPEN' ? 'orange' : record.status === 'ACCEPTED' ? 'green' : 'default'">{{ t('quarter.objections.statuses.' + record.status) }}</a-tag></template>
              <template v-else-if="column.key === 'action'">
                <router-link v-if="answerTask(record)" :to="{ name: 'task', params: { id: answerTask(record).id } }" class="answer-link">{{ t('quarter.objections.answerIt') }}</router-link>
                <router-link v-else :to="{ name: 'assessment', params: { id: record.assessmentId } }">{{ t('quarter.viewAssessment') }}</router-link>
              </template>
            </template>
          </a-table>
        </template>
      </template>
    </div>`,
};
