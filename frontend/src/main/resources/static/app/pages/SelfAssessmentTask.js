// 自评: per clause a count (PER_UNIT) or a checkbox, a note and evidence; the score previewed as one types;
// the reviewers' return comments where they apply; save a draft or submit after confirming the total.
import { formatScore, parseFieldPath } from '../format.js';
import { formValue, countOf, latestDecisions } from '../quarter.js';
import { clauseIndex, clausesOf } from '../standardTree.js';
import { useTaskForm } from '../composables/useTaskForm.js';
import ClauseTree from '../components/ClauseTree.js';
import ClauseLabel from '../components/ClauseLabel.js';
import CountInput from '../components/CountInput.js';
import LiveScoreCard from '../components/LiveScoreCard.js';
import TaskFrame from '../components/TaskFrame.js';
import EvidenceFiles from '../components/EvidenceFiles.js';
import LastQuarterTag, { lastQuarterOf } from '../components/LastQuarterTag.js';

const { ref, reactive, computed, watch } = Vue;

export default {
  name: 'SelfAssessmentTask',
  components: { ClauseTree, ClauseLabel, CountInput, LiveScoreCard, TaskFrame, EvidenceFiles, LastQuarterTag },
  props: { task: { type: Object, required: true } },
  emits: ['done'],
  setup(props, { emit }) {
    const values = reactive({});
    const notes = reactive({});
    const comment = ref('');
    const openPanels = ref([]);
    const filter = ref('');
    const onlyFilled = ref(false);
    let index = {};

    /** The form as the API takes it: every clause with a count, with its note. */
    function body() {
      const findings = [];
      for (const [id, value] of Object.entries(values)) {
        const count = countOf(value);
        // a refused value (2.5, -2, 99999) is sent as typed and refused next to its field, never dropped
        if (count !== 0) {
          const note = (notes[id] || '').trim();
          findings.push(note ? { clause: id, count, note } : { clause: id, count });
        }
      }
      const text = comment.value.trim();
      return text ? { findings, comment: text } : { findings };
    }

    const form = useTaskForm(props, emit, {
      fill(assessment, standard) {
        index = clauseIndex(standard);
        for (const [id, place] of Object.entries(index)) {
          values[id] = formValue(place.clause, null);
          notes[id] = '';
        }
        for (const f of assessment.findings) {
          if (values[f.clause] !== undefined && f.selfCount !== null) {
            values[f.clause] = formValue(index[f.clause].clause, f.selfCount);
            notes[f.clause] = f.selfNote || '';
          }
        }
        // drafts keep everything typed, the comment too (issue 10)
        comment.value = assessment.selfComment || '';
        const returned = new Set(returns.value.map((d) => d.department));
        // and the panels with last quarter's items, whose history stands beside their clauses (docs/rectification.md)
        const previous = lastQuarterOf(assessment);
        openPanels.value = standard.primaries
          .filter((p) => returned.has(p.department) || filledIn(p) > 0 || clausesOf(p).some((c) => previous[c.id]))
          .map((p) => p.name);
        if (!openPanels.value.length) openPanels.value = [standard.primaries[0].name];
      },
      preview: () => ({ findings: body().findings.map(({ clause, count }) => ({ clause, count })) }),
      watch: () => [values, notes],
      previewErrors: true,
      body,
      placeError(e, sent) {
        const path = parseFieldPath(e.field);
        const entry = path && path.list === 'findings' ? sent.findings[path.index] : null;
        if (!entry) return null;
        const place = index[entry.clause];
        if (place && !openPanels.value.includes(place.primary.name)) openPanels.value.push(place.primary.name);
        return entry.clause;
      },
      confirm: (sent) => ({
        title: form.t('quarter.self.confirmTitle'),
        lines: [
          form.t('quarter.self.confirmTotal', { total: formatScore(form.card.value && form.card.value.totalScore), grade: form.card.value ? form.card.value.grade : '' }),
          ...(reviewedTotal.value !== null ? [form.t('home.rework.reviewedScore') + '：' + formatScore(reviewedTotal.value)] : []),
          sent.findings.length ? form.t('quarter.self.confirmFindings', { n: sent.findings.length }) : form.t('quarter.self.confirmNone'),
          Vue.h('p', { class: 'muted' }, form.t('quarter.self.confirmNote')),
        ],
        done: 'quarter.self.submitted',
      }),
    });
    const { t, assessment, standard, evidence } = form;

    const returns = computed(() => (assessment.value
      ? latestDecisions(assessment.value.decisions, 'departmentReview').filter((d) => d.decision === 'RETURN') : []));
    const returnsByDepartment = computed(() => Object.fromEntries(returns.value.map((d) => [d.department, d])));

    // rework with context (issue 10): what each reviewer changed, beside the branch's own entry, and the reviewed score
    const reviewedBy = computed(() => Object.fromEntries(((assessment.value && assessment.value.findings) || [])
      .filter((f) => f.adjusted && f.reviewedCount !== f.selfCount)
      .map((f) => [f.clause, f])));
    const reviewedTotal = computed(() => (returns.value.length && assessment.value && assessment.value.scores.reviewed
      ? assessment.value.scores.reviewed.totalScore : null));

    // on a tablet the live score sits on top and stays in view; its details open on demand (issue 10)
    const summaryOpen = ref(false);
    const filled = (id) => countOf(values[id]) > 0;
    const filledIn = (primary) => clausesOf(primary).filter((c) => filled(c.id)).length;
    function visible(clause, rule) {
      if (onlyFilled.value && !filled(clause.id)) return false;
      const q = filter.value.trim();
      return !q || clause.id.startsWith(q) || clause.text.includes(q) || rule.text.includes(q);
    }
    watch([filter, onlyFilled], () => {
      if ((filter.value.trim() || onlyFilled.value) && standard.value) {
        openPanels.value = standard.value.primaries.filter((p) => clausesOf(p).some((c) => visible(c, index[c.id].rule))).map((p) => p.name);
      }
    });
    const filesOf = (clause) => evidence.value.filter((f) => f.clause === clause);
    const lastQuarter = computed(() => lastQuarterOf(assessment.value));
    const filledTotal = computed(() => Object.keys(values).filter(filled).length);
    function clearAll() {
      for (const id of Object.keys(values)) values[id] = typeof values[id] === 'boolean' ? false : null;
    }

    return {
      ...form, values, notes, comment, openPanels, filter, onlyFilled, returns, returnsByDepartment, filled, filledIn,
      visible, filesOf, filledTotal, clearAll, reviewedBy, reviewedTotal, formatScore, summaryOpen, lastQuarter,
    };
  },
  template: `
    <div class="self-assessment-page">
      <task-frame :task="task" :assessment="assessment" :loading="loading" :load-error="loadError" @retry="load">
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
            <clause-tree :primaries="standard.primaries" v-model:open="openPanels" :clause-visible="visible">
              <template #header="{ primary }">
                <a-tag v-if="filledIn(primary)" color="red">{{ t('calculator.selectedCount', { n: filledIn(primary) }) }}</a-tag>
                <a-tag v-if="returnsByDepartment[primary.department]" color="warning">{{ t('quarter.self.returnedBy', { department: departmentName(primary.department) }) }}</a-tag>
              </template>
              <template #top="{ primary }">
                <a-alert v-if="returnsByDepartment[primary.department]" type="warning" class="panel-return" :data-return="primary.department"
                         :message="departmentName(primary.department) + '：' + returnsByDepartment[primary.department].comment" />
              </template>
              <template #clause="{ clause }">
                <div class="finding-row" :class="{ 'has-error': fieldErrors[clause.id], filled: filled(clause.id) }" :data-clause="clause.id">
                  <clause-label :clause="clause" :for="'clause-' + clause.id" />
                  <last-quarter-tag :previous="lastQuarter[clause.id]" :repeated="filled(clause.id)" />
                  <div class="finding-inputs">
                    <count-input :clause="clause" v-model:value="values[clause.id]" :id="'clause-' + clause.id" :error="!!fieldErrors[clause.id]" />
                    <a-input v-model:value="notes[clause.id]" :id="'note-' + clause.id" class="note-input" :maxlength="2000"
                             :placeholder="t('quarter.note')" :aria-label="t('quarter.noteFor', { clause: clause.id })" />
                    <evidence-files :assessment-id="task.assessmentId" :clause="clause.id" :files="filesOf(clause.id)" editable @uploaded="loadEvidence" />
                  </div>
                  <div v-if="reviewedBy[clause.id]" class="reviewer-change" :data-reviewed="clause.id">
                    <a-tag color="orange">{{ t('home.rework.reviewed') }} {{ reviewedBy[clause.id].reviewedCount }}</a-tag>
                    <span>{{ t('home.rework.by', { name: departmentName(reviewedBy[clause.id].department), note: reviewedBy[clause.id].reviewNote || '' }) }}</span>
                  </div>
                  <div v-if="fieldErrors[clause.id]" class="field-error" role="alert">{{ fieldErrors[clause.id] }}</div>
                </div>
              </template>
            </clause-tree>
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
          <a-col :xs="24" :lg="9" :class="['summary-col', { expanded: summaryOpen }]" id="summary-col">
            <a-button size="small" class="summary-toggle" @click="summaryOpen = !summaryOpen" id="summary-toggle">
              {{ summaryOpen ? t('home.summary.less') : t('home.summary.more') }}</a-button>
            <div class="sticky-summary">
              <a-card v-if="reviewedTotal !== null" size="small" class="reviewed-beside" id="reviewed-beside">
                <a-row><a-col :span="12"><a-statistic :title="t('home.rework.ownScore')" :value="card ? formatScore(card.totalScore) : '–'" id="own-score" /></a-col>
                  <a-col :span="12"><a-statistic :title="t('home.rework.reviewedScore')" :value="formatScore(reviewedTotal)" id="reviewed-score" /></a-col></a-row>
              </a-card>
              <live-score-card :title="t('quarter.self.scoreCard')" :card="card" :previewing="previewing"
                               :stale="Object.keys(fieldErrors).length > 0" id-prefix="self-card" />
            </div>
          </a-col>
        </a-row>
      </task-frame>
    </div>`,
};
