// 考核周期: the cycles (everyone may list them); an administrator opens a new one.
import { api } from '../api.js';
import { session } from '../session.js';

const { ref, reactive, computed, onMounted, h } = Vue;
const { useRouter } = VueRouter;
const { useI18n } = VueI18n;

export const STATUS_COLORS = { RUNNING: 'processing', PUBLISHED: 'green', FINAL: 'default' };

export default {
  name: 'CyclesPage',
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const loading = ref(true);
    const error = ref(null);
    const cycles = ref([]);
    const isAdmin = computed(() => session.user && session.user.role === 'ADMIN');
    const showForm = ref(false);
    const busy = ref(false);
    const now = dayjs();
    const form = reactive({
      year: now.year(), quarter: now.quarter(), branches: [],
      selfAssessmentDue: null, reviewDue: null, bonusDue: null, confirmationDue: null, publicityDays: 5,
    });
    const fieldErrors = reactive({});
    const formError = ref(null);

    // the branch picker (issue 10): active branches by name, searchable by name or code; none picked means all
    const activeBranches = ref([]);
    const branchOptions = computed(() => activeBranches.value.map((b) => ({ value: b.code, label: b.name + ' (' + b.code + ')' })));
    const filterBranch = (input, option) => String(option.label).toLowerCase().includes(String(input).toLowerCase());
    const selectAllBranches = () => { form.branches = activeBranches.value.map((b) => b.code); };
    const clearBranches = () => { form.branches = []; };
    async function loadBranches() {
      if (!isAdmin.value) return;
      try {
        activeBranches.value = (await api.get('api/admin/branches')).filter((b) => b.active);
      } catch (ignored) {
        activeBranches.value = [];
      }
    }

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        cycles.value = (await api.cycles()).slice().sort((a, b) => b.year - a.year || b.quarter - a.quarter);
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(() => { load(); loadBranches(); });

    const DEADLINES = ['selfAssessmentDue', 'reviewDue', 'bonusDue', 'confirmationDue'];
    function validate() {
      Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
      if (!Number.isInteger(form.year) || form.year < 2000 || form.year > 2100) fieldErrors.year = t('quarter.cycles.yearRange');
      if (![1, 2, 3, 4].includes(form.quarter)) fieldErrors.quarter = t('quarter.cycles.quarterRequired');
      let previous = null;
      for (const key of DEADLINES) {
        const value = form[key];
        if (value && previous && value < previous.value) fieldErrors[key] = t('quarter.cycles.deadlineOrder', { previous: t('quarter.cycles.' + previous.key) });
        if (value) previous = { key, value };
      }
      if (!Number.isInteger(form.publicityDays) || form.publicityDays < 1) fieldErrors.publicityPeriod = t('quarter.cycles.publicityRange');
      return Object.keys(fieldErrors).length === 0;
    }

    function body() {
      const out = { year: form.year, quarter: form.quarter, publicityPeriod: 'P' + form.publicityDays + 'D' };
      // every active branch picked is the same as none picked: the server takes all
      if (form.branches.length && form.branches.length < activeBranches.value.length) out.branches = form.branches.slice();
      for (const key of DEADLINES) if (form[key]) out[key] = form[key];
      return out;
    }

    function submit() {
      formError.value = null;
      if (!validate()) {
        formError.value = t('quarter.fixErrors');
        return;
      }
      const request = body();
      antd.Modal.confirm({
        title: t('quarter.cycles.confirmOpen', { name: t('quarter.cycleName', { year: request.year, quarter: request.quarter }) }),
        content: h('div', { id: 'confirm-content' }, [
          h('p', request.branches ? t('quarter.cycles.confirmBranches', { branches: request.branches.map((c) => (activeBranches.value.find((b) => b.code === c) || { name: c }).name).join('、') }) : t('quarter.cycles.confirmAll')),
          h('p', { class: 'muted' }, t('quarter.cycles.confirmNote')),
        ]),
        okText: t('quarter.cycles.open'),
        cancelText: t('quarter.cancel'),
        onOk: () => open(request),
      });
    }

    // a deadline already past is refused unless confirmed (docs/reliability.md, "Deadlines"): ask once more, then send
    // the confirmation with the same request
    function confirmPastDeadlines(request, e) {
      antd.Modal.confirm({
        title: t('quarter.cycles.pastDeadlinesTitle'),
        content: h('div', { id: 'confirm-past-deadlines' }, [
          h('p', t('quarter.cycles.pastDeadlines')),
          h('p', { class: 'muted' }, t('quarter.cycles.' + e.field) + '：' + (request[e.field] || '')),
        ]),
        okText: t('quarter.cycles.openAnyway'),
        cancelText: t('quarter.cancel'),
        onOk: () => open({ ...request, confirmPastDeadlines: true }),
      });
    }

    async function open(request) {
      busy.value = true;
      try {
        const created = await api.openCycle(request);
        router.push({ name: 'cycle', params: { id: created.id } });
      } catch (e) {
        if (e.status === 400 && !request.confirmPastDeadlines && DEADLINES.includes(e.field)) {
          confirmPastDeadlines(request, e);
          return;
        }
        const field = e.field && (e.field in form || e.field === 'publicityPeriod') ? e.field : null;
        if (e.status === 400 && field) fieldErrors[field] = e.detail || e.message;
        formError.value = e.status === 409 ? t('quarter.cycles.exists') + (e.detail ? ' ' + e.detail : '') : (e.detail || e.message);
      } finally {
        busy.value = false;
      }
    }

    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD') : '–');
    const columns = computed(() => [
      { title: t('quarter.cycle'), key: 'name', sorter: (a, b) => a.year - b.year || a.quarter - b.quarter },
      { title: t('quarter.cycles.status'), key: 'status' },
      { title: t('quarter.cycles.progress'), key: 'progress' },
      { title: t('quarter.standardVersion'), key: 'standard', responsive: ['lg'] },
      { title: t('quarter.cycles.createdAt'), key: 'createdAt', responsive: ['md'], sorter: (a, b) => String(a.createdAt).localeCompare(String(b.createdAt)) },
    ]);
    const customRow = (record) => ({ onClick: () => router.push({ name: 'cycle', params: { id: record.id } }), class: 'clickable-row', 'data-cycle': record.year + 'Q' + record.quarter });
    return { branchOptions, filterBranch, selectAllBranches, clearBranches, activeBranches, t, loading, error, cycles, isAdmin, showForm, busy, form, fieldErrors, formError, submit, load, columns, customRow, fmt, STATUS_COLORS };
  },
  template: `
    <div class="page cycles-page">
      <h1 class="page-title">{{ t('quarter.nav.cycles') }}</h1>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <div class="toolbar">
        <a-button v-if="isAdmin && !showForm" type="primary" id="open-cycle-form" @click="showForm = true">+ {{ t('quarter.cycles.openNew') }}</a-button>
        <a-button @click="load" :loading="loading" class="push-right">{{ t('quarter.refresh') }}</a-button>
      </div>
      <a-card v-if="showForm" size="small" class="section-card" :title="t('quarter.cycles.openNew')" id="cycle-form">
        <a-row :gutter="[16, 8]">
          <a-col :xs="24" :sm="12" :lg="6" class="form-field">
            <label for="cycle-year" class="field-label">{{ t('quarter.cycles.year') }}</label>
            <a-input-number id="cycle-year" v-model:value="form.year" :min="2000" :max="2100" :precision="0" class="full-width" :status="fieldErrors.year ? 'error' : undefined" />
            <div v-if="fieldErrors.year" class="field-error" role="alert">{{ fieldErrors.year }}</div>
          </a-col>
          <a-col :xs="24" :sm="12" :lg="6" class="form-field">
            <span class="field-label" id="cycle-quarter-label">{{ t('quarter.cycles.quarter') }}</span>
            <a-radio-group v-model:value="form.quarter" button-style="solid" aria-labelledby="cycle-quarter-label" id="cycle-quarter">
              <a-radio-button v-for="q in [1, 2, 3, 4]" :key="q" :value="q" :id="'cycle-quarter-' + q">Q{{ q }}</a-radio-button>
            </a-radio-group>
            <div v-if="fieldErrors.quarter" class="field-error" role="alert">{{ fieldErrors.quarter }}</div>
          </a-col>
          <a-col :xs="24" :lg="12" class="form-field">
            <label for="cycle-branches" class="field-label">{{ t('quarter.cycles.branches') }}
              <a class="field-action" id="cycle-branches-all" @click.prevent="selectAllBranches">{{ t('quarter.cycles.selectAll') }}</a>
              <a class="field-action" id="cycle-branches-clear" @click.prevent="clearBranches">{{ t('quarter.cycles.clearAll') }}</a></label>
            <a-select id="cycle-branches" v-model:value="form.branches" mode="multiple" show-search allow-clear class="full-width"
                      :options="branchOptions" :filter-option="filterBranch" :max-tag-count="6"
                      :placeholder="t('quarter.cycles.branchesHint')" :status="fieldErrors.branches ? 'error' : undefined" />
            <div class="muted field-hint" id="cycle-branches-count">{{ form.branches.length ? t('quarter.cycles.branchesPicked', { n: form.branches.length, all: activeBranches.length }) : t('quarter.cycles.branchesAll', { all: activeBranches.length }) }}</div>
            <div v-if="fieldErrors.branches" class="field-error" role="alert">{{ fieldErrors.branches }}</div>
          </a-col>
          <a-col v-for="key in ['selfAssessmentDue', 'reviewDue', 'bonusDue', 'confirmationDue']" :key="key" :xs="24" :sm="12" :lg="6" class="form-field">
            <label :for="'cycle-' + key" class="field-label">{{ t('quarter.cycles.' + key) }}</label>
            <a-date-picker :id="'cycle-' + key" v-model:value="form[key]" value-format="YYYY-MM-DD" class="full-width"
                           :placeholder="t('quarter.cycles.defaultDeadline')" :status="fieldErrors[key] ? 'error' : undefined" />
            <div v-if="fieldErrors[key]" class="field-error" role="alert">{{ fieldErrors[key] }}</div>
          </a-col>
          <a-col :xs="24" :sm="12" :lg="6" class="form-field">
            <label for="cycle-publicity" class="field-label">{{ t('quarter.cycles.publicityDays') }}</label>
            <a-input-number id="cycle-publicity" v-model:value="form.publicityDays" :min="1" :max="60" :precision="0" :addon-after="t('quarter.cycles.days')" class="full-width"
                            :status="fieldErrors.publicityPeriod ? 'error' : undefined" />
            <div v-if="fieldErrors.publicityPeriod" class="field-error" role="alert">{{ fieldErrors.publicityPeriod }}</div>
          </a-col>
        </a-row>
        <p class="muted">{{ t('quarter.cycles.defaultsNote') }}</p>
        <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
        <div class="toolbar actions">
          <a-button @click="showForm = false">{{ t('quarter.cancel') }}</a-button>
          <a-button type="primary" :loading="busy" @click="submit" id="open-cycle">{{ t('quarter.cycles.open') }}</a-button>
        </div>
      </a-card>
      <a-table :columns="columns" :data-source="cycles" row-key="id" :loading="loading" size="middle" id="cycle-table"
               :pagination="{ pageSize: 10, hideOnSinglePage: true }" :custom-row="customRow" :locale="{ emptyText: t('quarter.cycles.none') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'name'"><router-link :to="{ name: 'cycle', params: { id: record.id } }" @click.stop>{{ t('quarter.cycleName', { year: record.year, quarter: record.quarter }) }}</router-link></template>
          <template v-else-if="column.key === 'status'"><a-tag :color="STATUS_COLORS[record.status]">{{ t('quarter.cycles.statuses.' + record.status) }}</a-tag></template>
          <template v-else-if="column.key === 'progress'">{{ t('quarter.cycles.lockedOf', { locked: record.locked, branches: record.branches }) }}</template>
          <template v-else-if="column.key === 'standard'">{{ record.standard }} v{{ record.standardVersion }}</template>
          <template v-else-if="column.key === 'createdAt'">{{ fmt(record.createdAt) }}</template>
        </template>
      </a-table>
    </div>`,
};
