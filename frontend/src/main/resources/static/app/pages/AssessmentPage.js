// 考核详情: one assessment — its score cards with the explanation (扣分明细), findings, bonuses, vetoes, decisions,
// the history timeline and the revisions of the locked result; a branch may object during the publicity period.
import { api } from '../api.js';
import { loadNames, branchName } from '../names.js';
import { session } from '../session.js';
import { formatAmount } from '../format.js';
import ScoreCardView from '../components/ScoreCardView.js';
import ExportButtons from './ExportButtons.js';
import EvidenceFiles from '../components/EvidenceFiles.js';
import AssessmentStepper from '../components/AssessmentStepper.js';

const { ref, computed, watch } = Vue;
const { useRoute } = VueRouter;
const { useI18n } = VueI18n;

export default {
  name: 'AssessmentPage',
  components: { ScoreCardView, ExportButtons, EvidenceFiles, AssessmentStepper },
  setup() {
    const { t, te } = useI18n();
    const route = useRoute();
    const assessment = ref(null);
    const cycle = ref(null);
    const error = ref(null);
    const cardTab = ref('final');
    const objecting = ref(false);
    const objection = ref('');
    const objectionError = ref(null);
    const busy = ref(false);
    const evidence = ref([]);
    const objections = ref([]);

    async function load() {
      error.value = null;
      try {
        assessment.value = await api.assessment(route.params.id);
        cycle.value = await api.cycle(assessment.value.cycleId).catch(() => null);
        // the whole story (issue 10): its evidence, and its objections with their answers
        evidence.value = await api.evidence(assessment.value.id).catch(() => []);
        objections.value = cycle.value && cycle.value.status !== 'RUNNING' && session.user && session.user.role !== 'REVIEWER'
          ? (await api.objections(cycle.value.id).catch(() => [])).filter((o) => o.assessmentId === assessment.value.id)
          : [];
        const scores = assessment.value.scores;
        cardTab.value = scores.final ? 'final' : scores.reviewed ? 'reviewed' : 'self';
      } catch (e) {
        error.value = e.status === 404 ? t('quarter.assessment.notFound') : (e.detail || e.message);
      }
    }
    watch(() => route.params.id, (id) => id && load(), { immediate: true });

    // one objection per assessment: once raised, the page shows it and its answer instead of offering another
    const canObject = computed(() => session.user && session.user.role === 'BRANCH' && assessment.value && assessment.value.locked
      && cycle.value && cycle.value.status === 'PUBLISHED' && !objections.value.length);
    // the departments of the latest review round and their decisions, for the stepper
    const reviewRound = computed(() => {
      const review = ((assessment.value && assessment.value.decisions) || []).filter((d) => d.step === 'departmentReview');
      const round = Math.max(0, ...review.map((d) => d.round));
      const decisions = {};
      review.filter((d) => d.round === round).forEach((d) => { decisions[d.department] = d.decision; });
      return { departments: Object.keys(decisions).sort(), decisions };
    });
    const returned = computed(() => !!assessment.value && !assessment.value.locked
      && ['selfAssessment', 'bonusDeclaration'].includes(assessment.value.stage)
      && (assessment.value.decisions || []).some((d) => d.decision === 'RETURN'));
    const fileColumns = computed(() => [
      { title: t('quarter.evidence.file'), key: 'file' },
      { title: t('quarter.evidence.for'), key: 'for' },
      { title: t('quarter.assessment.by'), dataIndex: 'uploadedBy', key: 'by', responsive: ['md'] },
      { title: t('quarter.assessment.at'), key: 'at', responsive: ['md'] },
    ]);
    async function raise() {
      objectionError.value = null;
      if (!objection.value.trim()) {
        objectionError.value = t('quarter.objections.reasonRequired');
        return;
      }
      busy.value = true;
      try {
        await api.raiseObjection(assessment.value.id, objection.value.trim());
        antd.message.success(t('quarter.objections.raised'));
        objecting.value = false;
        objection.value = '';
        await load();
      } catch (e) {
        objectionError.value = e.detail || e.message;
      } finally {
        busy.value = false;
      }
    }

    const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);
    loadNames();
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');
    const actionName = (key) => (te('quarter.assessment.actions.' + key) ? t('quarter.assessment.actions.' + key) : key);
    const stageName = (key) => (te('quarter.taskKeys.' + key) ? t('quarter.taskKeys.' + key) : key);
    const findingColumns = computed(() => [
      { title: t('standard.clause'), dataIndex: 'clause', key: 'clause', sorter: (a, b) => a.clause.localeCompare(b.clause, undefined, { numeric: true }) },
      { title: t('quarter.department'), key: 'department', responsive: ['md'] },
      { title: t('quarter.confirm.self'), dataIndex: 'selfCount', key: 'selfCount' },
      { title: t('quarter.confirm.reviewed'), dataIndex: 'reviewedCount', key: 'reviewedCount' },
      ...(assessment.value && assessment.value.locked ? [{ title: t('home.finalCount'), dataIndex: 'finalCount', key: 'finalCount' }] : []),
      { title: t('quarter.note'), key: 'note' },
    ]);
    return {
      t, assessment, cycle, error, cardTab, canObject, objecting, objection, objectionError, busy, raise,
      evidence, objections, reviewRound, returned, fileColumns, evidenceUrl: api.evidenceUrl,
      departmentName, branchName, fmt, stageName, actionName, findingColumns, formatAmount,
    };
  },
  template: `
    <div class="page assessment-page">
      <a-alert v-if="error" type="error" show-icon :message="error" />
      <a-spin v-else-if="!assessment" class="page-spin" />
      <template v-else>
        <h1 class="page-title" id="assessment-title">{{ t('quarter.assessment.title', { branch: branchName(assessment.branch) }) }}<span class="code-hint title-code">{{ assessment.branch }}</span>
          <span v-if="cycle" class="title-branch">· {{ t('quarter.cycleName', { year: cycle.year, quarter: cycle.quarter }) }}</span></h1>
        <a-alert v-if="assessment.tampered" id="assessment-tampered" type="error" show-icon class="form-error"
                 :message="t('quarter.tampered.title')" :description="t('quarter.tampered.assessment')" />
        <div class="task-facts">
          <span>{{ t('quarter.assessment.stage') }}：<a-tag :color="assessment.locked ? 'green' : 'processing'" id="assessment-stage">{{ stageName(assessment.stage) }}</a-tag></span>
          <span>{{ t('quarter.standardVersion') }}: {{ assessment.standardCode }} v{{ assessment.standardVersion }}</span>
          <router-link v-if="cycle && cycle.status !== 'RUNNING'" :to="{ name: 'results', query: { cycle: cycle.id } }">{{ t('quarter.nav.results') }}</router-link>
          <export-buttons :excel="[{ id: 'export-score-sheet-xlsx', href: 'api/assessments/' + assessment.id + '/score-sheet.xlsx' }]"
                          :pdf="[{ id: 'download-report-pdf', href: 'api/assessments/' + assessment.id + '/report.pdf' }]" printable />
          <a-button v-if="canObject && !objecting" size="small" @click="objecting = true" id="raise-objection">{{ t('quarter.objections.raise') }}</a-button>
        </div>
        <a-card size="small" class="section-card" :title="t('home.story')">
          <assessment-stepper :stage="assessment.stage" :cycle="cycle" :returned="returned" :history="assessment.history"
                              :review-departments="reviewRound.departments" :review-decisions="reviewRound.decisions" />
        </a-card>
        <a-card v-if="objections.length" size="small" class="section-card" :title="t('quarter.objections.title')" id="assessment-objections">
          <div v-for="o in objections" :key="o.id" class="objection-item" :data-status="o.status">
            <a-tag :color="o.status === 'OPEN' ? 'orange' : o.status === 'ACCEPTED' ? 'green' : 'default'">{{ t('quarter.objections.statuses.' + o.status) }}</a-tag>
            <span>{{ o.reason }}</span> <span class="muted">{{ fmt(o.raisedAt) }}</span>
            <div v-if="o.answer" class="objection-answer" id="objection-answer"><strong>{{ t('quarter.objections.answer') }}：</strong>{{ o.answer }}
              <span class="muted">{{ o.answeredBy }} · {{ fmt(o.answeredAt) }}</span></div>
            <div v-else class="muted">{{ t('home.objectionPending') }}</div>
          </div>
        </a-card>
        <a-card v-if="objecting" size="small" class="section-card" :title="t('quarter.objections.raise')">
          <label for="objection-reason" class="field-label">{{ t('quarter.objections.reason') }}（{{ t('quarter.required') }}）</label>
          <a-textarea id="objection-reason" v-model:value="objection" :rows="3" :maxlength="2000" :status="objectionError ? 'error' : undefined" />
          <div v-if="objectionError" class="field-error" role="alert">{{ objectionError }}</div>
          <div class="toolbar actions">
            <a-button @click="objecting = false">{{ t('quarter.cancel') }}</a-button>
            <a-button type="primary" :loading="busy" @click="raise" id="submit-objection">{{ t('quarter.submit') }}</a-button>
          </div>
        </a-card>
        <a-row :gutter="[16, 16]" class="assessment-body">
          <a-col :xs="24" :lg="12">
            <a-card size="small">
              <a-tabs v-model:activeKey="cardTab" size="small">
                <a-tab-pane v-for="k in ['final', 'reviewed', 'self']" :key="k" :tab="t('quarter.assessment.cards.' + k)" :disabled="!assessment.scores[k]">
                  <score-card-view :card="assessment.scores[k]" :id-prefix="'assessment-' + k" />
                </a-tab-pane>
              </a-tabs>
            </a-card>
          </a-col>
          <a-col :xs="24" :lg="12">
            <a-card size="small" :title="t('quarter.assessment.history')" class="section-card">
              <a-timeline id="history-timeline">
                <a-timeline-item v-for="(e, i) in assessment.history" :key="i" :color="e.action === 'LOCKED' ? 'green' : /RETURN/.test(e.action) ? 'red' : 'blue'">
                  <div><strong>{{ actionName(e.action) }}</strong>
                    <span class="timeline-time">{{ e.actor === 'system' ? t('home.system') : (e.actorName || e.actor) }} · {{ fmt(e.at) }}</span></div>
                  <div v-if="e.detail" class="muted">{{ e.detail }}</div>
                  <div v-if="e.reason">“{{ e.reason }}”</div>
                </a-timeline-item>
              </a-timeline>
            </a-card>
            <a-card v-if="assessment.revisions.length" size="small" :title="t('quarter.assessment.revisions')" class="section-card">
              <a-table :data-source="assessment.revisions" row-key="revision" size="small" :pagination="false" id="revision-table" :scroll="{ x: 480 }"
                       :columns="[{ title: '#', dataIndex: 'revision', key: 'revision' }, { title: t('quarter.assessment.reason'), dataIndex: 'reason', key: 'reason' },
                                  { title: t('quarter.assessment.by'), dataIndex: 'createdBy', key: 'createdBy' }, { title: t('quarter.assessment.at'), key: 'at' },
                                  { title: t('quarter.assessment.hash'), key: 'hash' }]">
                <template #bodyCell="{ column, record }">
                  <template v-if="column.key === 'at'">{{ fmt(record.createdAt) }}</template>
                  <template v-else-if="column.key === 'hash'"><span class="hash" :title="record.contentHash">{{ record.contentHash.slice(0, 12) }}…</span></template>
                  <template v-else-if="column.key === 'reason'">{{ record.reason || t('quarter.assessment.firstRevision') }}</template>
                </template>
              </a-table>
            </a-card>
          </a-col>
          <a-col :xs="24">
            <a-card size="small" :title="t('quarter.assessment.findings')" class="section-card">
              <a-table :data-source="assessment.findings.filter((f) => f.selfCount || f.reviewedCount || f.finalCount)" :columns="findingColumns" row-key="clause" size="small"
                       :pagination="{ pageSize: 10, hideOnSinglePage: true }" id="finding-table" :locale="{ emptyText: t('quarter.assessment.noFindings') }">
                <template #bodyCell="{ column, record }">
                  <template v-if="column.key === 'department'">{{ departmentName(record.department) }}</template>
                  <template v-else-if="column.key === 'reviewedCount'"><span :class="{ 'diff-text': record.adjusted }">{{ record.reviewedCount }}</span></template>
                  <template v-else-if="column.key === 'finalCount'"><span :class="{ 'diff-text': record.finalCount !== record.reviewedCount }" class="final-count">{{ record.finalCount }}</span></template>
                  <template v-else-if="column.key === 'note'">{{ record.selfNote }}<span v-if="record.reviewNote" class="muted"> · {{ record.reviewedBy }}：{{ record.reviewNote }}</span></template>
                </template>
              </a-table>
            </a-card>
            <a-card size="small" :title="t('quarter.evidence.title')" class="section-card" id="assessment-evidence">
              <a-table :data-source="evidence" :columns="fileColumns" row-key="id" size="small" :pagination="{ pageSize: 10, hideOnSinglePage: true }"
                       :locale="{ emptyText: t('home.noEvidence') }">
                <template #bodyCell="{ column, record }">
                  <template v-if="column.key === 'file'"><a :href="evidenceUrl(record.id)" :download="record.filename" class="evidence-link">{{ record.filename }}</a></template>
                  <template v-else-if="column.key === 'for'">{{ record.clause ? t('standard.clause') + ' ' + record.clause : t('standard.rule', { n: record.bonusRule }) }}</template>
                  <template v-else-if="column.key === 'at'">{{ fmt(record.uploadedAt) }}</template>
                </template>
              </a-table>
            </a-card>
            <a-card v-if="assessment.bonuses.length || assessment.vetoes.length" size="small" :title="t('quarter.assessment.bonusesAndVetoes')" class="section-card">
              <ul class="plain-list">
                <li v-for="b in assessment.bonuses" :key="'b' + b.rule + b.indicator"><span class="rule-no">{{ t('standard.rule', { n: b.rule }) }}</span>{{ b.indicator || t('quarter.bonus.rule88') }}：
                  {{ t('quarter.endorse.declared') }} {{ formatAmount(b.declared) }}<template v-if="b.confirmed !== null"> · {{ t('quarter.confirm.confirmedPoints') }} {{ formatAmount(b.confirmed) }}</template></li>
                <li v-for="v in assessment.vetoes" :key="'v' + v.rule"><a-tag color="red">{{ t('calculator.vetoed') }}</a-tag><span class="rule-no">{{ t('standard.rule', { n: v.rule }) }}</span>{{ v.reason }}</li>
              </ul>
            </a-card>
          </a-col>
        </a-row>
      </template>
    </div>`,
};
