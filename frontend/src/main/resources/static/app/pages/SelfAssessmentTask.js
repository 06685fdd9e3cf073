// 自评: per clause a count (PER_UNIT) or a checkbox, a note and evidence; the score previewed as one types;
// the reviewers' return comments where they apply; save a draft or submit after confirming the total.
import { api } from '../api.js';
import { debounce, formatScore, formatAmount, parseFieldPath } from '../format.js';
import { clauseIndex, formValue, countOf, standardOf, latestDecisions } from '../quarter.js';
import ClauseAmount from './ClauseAmount.js';
import ScoreCardView from './ScoreCardView.js';
import TaskHeader from './TaskHeader.js';
import EvidenceFiles from './EvidenceFiles.js';

const { ref, reactive, computed, watch, onMounted, onBeforeUnmount, h } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'SelfAssessmentTask',
  components: { ClauseAmount, ScoreCardView, TaskHeader, EvidenceFiles },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const { t, te } = useI18n();
    const loading = ref(true);
    const loadError = ref(null);
    const assessment = ref(null);
    const standard = ref(null);
    const evidence = ref([]);
    const values = reactive({});
    const notes = reactive({});
    const comment = ref('');
    const openPanels = ref([]);
    const filter = ref('');
    const onlyFilled = ref(false);
    const card = ref(null);
    const previewing = ref(false);
    const fieldErrors = reactive({});
    const formError = ref(null);
    const busy = ref(false);
    const index = computed(() => clauseIndex(standard.value));

    const returns = computed(() => (assessment.value
      ? latestDecisions(assessment.value.decisions, 'departmentReview').filter((d) => d.decision === 'RETURN') : []));
    const returnsByDepartment = computed(() => Object.fromEntries(returns.value.map((d) => [d.department, d])));
    const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);

    /** The form as the API takes it, and per entry the clause it came from. */
    function body() {
      const findings = [];
      for (const [id, value] of Object.entries(values)) {
        const count = countOf(value);
        if (count > 0) {
          const note = (notes[id] || '').trim();
          findings.push(note ? { clause: id, count, note } : { clause: id, count });
        }
      }
      const text = comment.value.trim();
      return text ? { findings, comment: text } : { findings };
    }

    function showError(e, findings) {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      const path = e.status === 400 ? parseFieldPath(e.field) : null;
      if (path && path.list === 'findings' && findings[path.index]) {
        fieldErrors[findings[path.index].clause] = e.detail || e.message;
        const place = index.value[findings[path.index].clause];
        if (place && !openPanels.value.includes(place.primary.name)) openPanels.value.push(place.primary.name);
        return true;
      }
      return false;
    }

    let sequence = 0;
    async function preview() {
      const mine = ++sequence;
      const { findings } = body();
      previewing.value = true;
      try {
        const result = await api.preview({ standard: assessment.value.standardCode, findings: findings.map(({ clause, count }) => ({ clause, count })) });
        if (mine === sequence) {
          card.value = result;
          Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
        }
      } catch (e) {
        if (mine === sequence && e.status !== 401) showError(e, findings);
      } finally {
        if (mine === sequence) previewing.value = false;
      }
    }
    const schedulePreview = debounce(preview, 300);
    onBeforeUnmount(() => schedulePreview.cancel());

    async function loadEvidence() {
      evidence.value = await api.evidence(props.task.assessmentId).catch(() => []);
    }

    async function load() {
      loading.value = true;
      loadError.value = null;
      try {
        assessment.value = await api.assessment(props.task.assessmentId);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        for (const [id, place] of Object.entries(clauseIndex(standard.value))) {
          values[id] = formValue(place.clause, null);
          notes[id] = '';
        }
        for (const f of assessment.value.findings) {
          if (values[f.clause] !== undefined && f.selfCount !== null) {
            values[f.clause] = formValue(index.value[f.clause].clause, f.selfCount);
            notes[f.clause] = f.selfNote || '';
          }
        }
        const returned = new Set(returns.value.map((d) => d.department));
        openPanels.value = standard.value.primaries
          .filter((p) => returned.has(p.department) || filledIn(p) > 0).map((p) => p.name);
        if (!openPanels.value.length) openPanels.value = [standard.value.primaries[0].name];
        await Promise.all([preview(), loadEvidence()]);
        watch([values, notes], () => schedulePreview(), { deep: true });
      } catch (e) {
        loadError.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    function clausesOf(primary) {
      const out = [];
      for (const s of primary.secondaries) for (const i of s.items) for (const r of i.rules) for (const c of r.clauses) out.push(c);
      return out;
    }
    function filledIn(primary) {
      return clausesOf(primary).filter((c) => countOf(values[c.id]) > 0).length;
    }
    function visible(clause, rule) {
      if (onlyFilled.value && countOf(values[clause.id]) === 0) return false;
      const q = filter.value.trim();
      return !q || clause.id.startsWith(q) || clause.text.includes(q) || rule.text.includes(q);
    }
    function primaryVisible(primary) {
      return primary.secondaries.some((s) => s.items.some((i) => i.rules.some((r) => r.clauses.some((c) => visible(c, r)))));
    }
    watch([filter, onlyFilled], () => {
      if ((filter.value.trim() || onlyFilled.value) && standard.value) {
        openPanels.value = standard.value.primaries.filter(primaryVisible).map((p) => p.name);
      }
    });
    const filesOf = (clause) => evidence.value.filter((f) => f.clause === clause);
    const filledTotal = computed(() => Object.values(values).filter((v) => countOf(v) > 0).length);

    async function saveDraft() {
      const form = body();
      busy.value = true;
      formError.value = null;
      try {
        await api.saveDraft(props.task.id, form);
        antd.message.success(t('quarter.draftSaved'));
      } catch (e) {
        if (!showError(e, form.findings)) formError.value = e.detail || e.message;
      } finally {
        busy.value = false;
      }
    }

    async function submit() {
      const form = body();
      formError.value = null;
      if (Object.keys(fieldErrors).length) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      await preview();
      if (Object.keys(fieldErrors).length) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      antd.Modal.confirm({
        title: t('quarter.self.confirmTitle'),
        content: h('div', { id: 'confirm-content' }, [
          h('p', t('quarter.self.confirmTotal', { total: formatScore(card.value && card.value.totalScore), grade: card.value ? card.value.grade : '' })),
          h('p', form.findings.length ? t('quarter.self.confirmFindings', { n: form.findings.length }) : t('quarter.self.confirmNone')),
          h('p', { class: 'muted' }, t('quarter.self.confirmNote')),
        ]),
        okText: t('quarter.submit'),
        cancelText: t('quarter.cancel'),
        async onOk() {
          busy.value = true;
          try {
            await api.completeTask(props.task.id, form);
            emit('done', 'quarter.self.submitted');
          } catch (e) {
            if (!showError(e, form.findings)) formError.value = e.detail || e.message;
          } finally {
            busy.value = false;
          }
        },
      });
    }

    function clearAll() {
      for (const id of Object.keys(values)) values[id] = typeof values[id] === 'boolean' ? false : null;
    }

    return {
      t, loading, loadError, assessment, standard, values, notes, comment, openPanels, filter, onlyFilled, card, previewing,
      fieldErrors, formError, busy, returns, returnsByDepartment, departmentName, filledIn, visible, primaryVisible, filesOf,
      filledTotal, saveDraft, submit, clearAll, loadEvidence, load, formatAmount, formatScore,
    };
  },
  template: `
    <div class="self-assessment-page">
      <task-header :task="task" :assessment="assessment" />
      <a-spin v-if="loading" :tip="t('common.loading')" class="page-spin" />
      <a-alert v-else-if="loadError" type="error" show-icon :message="t('common.error')" :description="loadError">
        <template #action><a-button size="small" @click="load">{{ t('common.retry') }}</a-button></template>
      </a-alert>
      <template v-else>
        <a-alert v-if="returns.length" type="warning" show-icon class="return-alert" id="return-comments" :message="t('quarter.self.returned')">
          <template #description>
            <ul class="plain-list"><li v-for="d in returns" :key="d.department"><strong>{{ departmentName(d.department) }}</strong>：{{ d.comment }}</li></ul>
          </template>
        </a-alert>
        <p class="muted">{{ t('quarter.self.intro') }}</p>
        <a-row :gutter="[16, 16]">
          <a-col :xs="24" :lg="15">
            <div class="toolbar">
              <a-input v-model:value="filter" allow-clear :placeholder="t('calculator.filter')" :aria-label="t('calculator.filter')" class="filter-input" />
              <a-checkbox v-model:checked="onlyFilled" id="only-filled">{{ t('quarter.self.onlyFilled') }}</a-checkbox>
              <a-button @click="clearAll">{{ t('calculator.reset') }}</a-button>
            </div>
            <a-collapse v-model:activeKey="openPanels">
              <a-collapse-panel v-for="primary in standard.primaries" :key="primary.name" v-show="primaryVisible(primary)">
                <template #header>
                  <span class="primary-header" :data-primary="primary.name">
                    <span class="primary-name">{{ primary.name }}</span>
                    <span class="points">{{ t('common.points', { n: formatAmount(primary.points) }) }}</span>
                    <a-tag v-if="filledIn(primary)" color="red">{{ t('calculator.selectedCount', { n: filledIn(primary) }) }}</a-tag>
                    <a-tag v-if="returnsByDepartment[primary.department]" color="warning">{{ t('quarter.self.returnedBy', { department: departmentName(primary.department) }) }}</a-tag>
                  </span>
                </template>
                <a-alert v-if="returnsByDepartment[primary.department]" type="warning" class="panel-return" :data-return="primary.department"
                         :message="departmentName(primary.department) + '：' + returnsByDepartment[primary.department].comment" />
                <section v-for="secondary in primary.secondaries" :key="secondary.name" class="secondary">
                  <h3 class="secondary-title">{{ secondary.name }} <span class="points">{{ t('common.points', { n: formatAmount(secondary.points) }) }}</span></h3>
                  <template v-for="item in secondary.items" :key="item.number">
                    <template v-for="rule in item.rules" :key="rule.number">
                      <div v-for="clause in rule.clauses" :key="clause.id" v-show="visible(clause, rule)"
                           class="finding-row" :class="{ 'has-error': fieldErrors[clause.id], filled: values[clause.id] === true || values[clause.id] > 0 }" :data-clause="clause.id">
                        <label class="clause-label" :for="'clause-' + clause.id">
                          <span class="clause-id">{{ clause.id }}</span>
                          <span class="clause-text">{{ clause.text }}</span>
                          <clause-amount :clause="clause" />
                        </label>
                        <div class="finding-inputs">
                          <a-input-number v-if="clause.kind === 'PER_UNIT'" :id="'clause-' + clause.id"
                                          v-model:value="values[clause.id]" :min="0" :max="9999" :precision="0" placeholder="0"
                                          :addon-after="clause.unit" class="count-input" :status="fieldErrors[clause.id] ? 'error' : undefined" />
                          <a-checkbox v-else :id="'clause-' + clause.id" v-model:checked="values[clause.id]">{{ t('calculator.applies') }}</a-checkbox>
                          <a-input v-model:value="notes[clause.id]" :id="'note-' + clause.id" class="note-input" :maxlength="2000"
                                   :placeholder="t('quarter.note')" :aria-label="t('quarter.noteFor', { clause: clause.id })" />
                          <evidence-files :assessment-id="task.assessmentId" :clause="clause.id" :files="filesOf(clause.id)" editable @uploaded="loadEvidence" />
                        </div>
                        <div v-if="fieldErrors[clause.id]" class="field-error" role="alert">{{ fieldErrors[clause.id] }}</div>
                      </div>
                    </template>
                  </template>
                </section>
              </a-collapse-panel>
            </a-collapse>
            <div class="form-field">
              <label for="self-comment" class="field-label">{{ t('quarter.comment') }}</label>
              <a-textarea id="self-comment" v-model:value="comment" :rows="2" :maxlength="2000" />
            </div>
            <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
            <div class="toolbar actions">
              <a-button @click="saveDraft" :loading="busy" id="save-draft">{{ t('quarter.saveDraft') }}</a-button>
              <a-button type="primary" @click="submit" :loading="busy" id="submit-task">
                {{ filledTotal ? t('quarter.self.submit') : t('quarter.self.submitNone') }}</a-button>
            </div>
          </a-col>
          <a-col :xs="24" :lg="9">
            <div class="score-card-wrap">
              <a-card :title="t('quarter.self.scoreCard')" size="small">
                <template #extra><span v-if="previewing" class="muted">{{ t('calculator.updating') }}</span></template>
                <a-alert v-if="Object.keys(fieldErrors).length" type="warning" show-icon :message="t('calculator.staleCard')" class="preview-error" />
                <score-card-view :card="card" :grades="standard.grades" id-prefix="self-card" />
              </a-card>
            </div>
          </a-col>
        </a-row>
      </template>
    </div>`,
};
