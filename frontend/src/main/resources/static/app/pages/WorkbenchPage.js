// 审核工作台: a department's review queue in one cycle (docs/scale.md): every branch with its status and what it
// reported in the department's indicators; the reviews with nothing reported can be approved together, after one
// confirmation that lists them. Each is still completed on its own, as the reviewer.
import { api } from '../api.js';
import { useCyclePage } from '../composables/useCyclePage.js';

const { ref, computed, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'WorkbenchPage',
  setup() {
    const { t } = useI18n();
    const queue = ref([]);
    const search = ref('');
    const waitingOnly = ref(true);
    const selected = ref([]); // assessment ids of the rows ticked
    const confirming = ref(false);
    const comment = ref('');
    const busy = ref(false);
    const failures = ref([]);

    const { cycle, cycleName, loading, error, load, fmt } = useCyclePage(async (id, current) => {
      const q = await api.reviewQueue(id);
      if (!current()) return;
      queue.value = q;
      selected.value = selected.value.filter((a) => q.some((e) => e.assessmentId === a && e.reviewTask));
    });
    onMounted(load);

    const rows = computed(() => {
      const text = search.value.trim().toLowerCase();
      return queue.value.filter((e) => (!waitingOnly.value || e.reviewTask)
        && (!text || e.branch.toLowerCase().includes(text) || (e.name || '').toLowerCase().includes(text)));
    });
    const clean = computed(() => rows.value.filter((e) => e.reviewTask && e.findings === 0));
    const chosen = computed(() => queue.value.filter((e) => e.reviewTask && selected.value.includes(e.assessmentId)));
    function selectClean() {
      selected.value = [...new Set([...selected.value, ...clean.value.map((e) => e.assessmentId)])];
    }
    const rowSelection = computed(() => ({
      selectedRowKeys: selected.value,
      onChange: (keys) => { selected.value = keys; },
      getCheckboxProps: (record) => ({ disabled: !record.reviewTask, 'data-branch': record.branch }),
    }));
    function ask() {
      comment.value = t('scale.workbench.defaultComment');
      failures.value = [];
      confirming.value = true;
    }
    async function approve() {
      busy.value = true;
      try {
        const results = await api.bulkComplete(chosen.value.map((e) => e.reviewTask), { decision: 'approve', comment: comment.value });
        const byTask = Object.fromEntries(queue.value.map((e) => [e.reviewTask, e]));
        failures.value = results.filter((r) => r.status !== 204).map((r) => ({
          branch: (byTask[r.task] || {}).branch || r.task, reason: (r.problem && (r.problem.detail || r.problem.title)) || r.status,
        }));
        const ok = results.length - failures.value.length;
        antd.message[failures.value.length ? 'warning' : 'success'](t('scale.workbench.result', { ok, failed: failures.value.length }));
        confirming.value = false;
        selected.value = [];
        await load();
      } catch (e) {
        error.value = e.message;
        confirming.value = false;
      } finally {
        busy.value = false;
      }
    }
    const columns = computed(() => [
      { title: t('quarter.branch'), key: 'branch', sorter: (a, b) => a.branch.localeCompare(b.branch) },
      { title: t('scale.workbench.status'), key: 'status' },
      { title: t('scale.workbench.findings'), key: 'findings', sorter: (a, b) => a.findings - b.findings },
      { title: t('scale.workbench.points'), key: 'points', sorter: (a, b) => a.points - b.points },
      { title: t('quarter.tasks.due'), key: 'due', responsive: ['md'] },
      { title: '', key: 'action', width: 100 },
    ]);
    const customRow = (record) => ({ 'data-branch': record.branch, class: record.findings ? 'has-findings' : '' });
    return { t, cycle, cycleName, queue, rows, loading, error, search, waitingOnly, selected, chosen, clean, selectClean,
      rowSelection, confirming, comment, busy, failures, ask, approve, columns, customRow, fmt, load };
  },
  template: `
    <div class="page workbench-page">
      <router-link :to="{ name: 'tasks', query: { cycle: $route.params.id } }" class="back-link">← {{ t('quarter.nav.tasks') }}</router-link>
      <h1 class="page-title" id="workbench-title">{{ t('scale.workbench.title', { cycle: cycleName }) }}</h1>
      <p class="page-intro">{{ t('scale.workbench.intro') }}</p>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <div class="toolbar">
        <a-input-search id="workbench-search" v-model:value="search" :placeholder="t('scale.tasks.search')" allow-clear
                        style="width: 240px" :aria-label="t('scale.tasks.search')" />
        <a-checkbox id="workbench-waiting" v-model:checked="waitingOnly">{{ t('scale.workbench.waiting') }}</a-checkbox>
        <a-button id="select-clean" :disabled="!clean.length" @click="selectClean">{{ t('scale.workbench.selectClean') }}</a-button>
        <a-button id="bulk-approve" type="primary" :disabled="!selected.length" @click="ask">
          {{ t('scale.workbench.approveSelected', { n: selected.length }) }}</a-button>
        <a-button size="small" @click="load" :loading="loading" class="push-right">{{ t('quarter.refresh') }}</a-button>
      </div>
      <a-alert v-if="failures.length" type="warning" show-icon id="bulk-failures" :message="t('scale.workbench.result', { ok: 0, failed: failures.length })">
        <template #description><ul><li v-for="f in failures" :key="f.branch">{{ t('scale.workbench.failedRow', f) }}</li></ul></template>
      </a-alert>
      <a-table :columns="columns" :data-source="rows" row-key="assessmentId" :row-selection="rowSelection" :loading="loading"
               size="middle" id="workbench-table" :custom-row="customRow" :scroll="{ x: 720 }"
               :pagination="{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: true }" :locale="{ emptyText: t('scale.workbench.empty') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'branch'"><span class="branch-code">{{ record.branch }}</span> {{ record.name }}</template>
          <template v-else-if="column.key === 'status'">
            <a-tag v-if="record.locked" color="green">{{ t('scale.dashboard.locked') }}</a-tag>
            <a-tag v-for="s in record.stages" :key="s" :color="s === 'departmentReview' && record.reviewTask ? 'red' : 'default'">{{ t('quarter.taskKeys.' + s) }}</a-tag>
            <a-tag v-if="record.overdue" color="error">{{ t('quarter.tasks.overdue') }}</a-tag>
          </template>
          <template v-else-if="column.key === 'findings'">
            <span v-if="record.findings === 0" class="muted">{{ t('scale.workbench.noFindings') }}</span>
            <a-tag v-else color="orange" class="findings-tag">{{ t('scale.workbench.findingsCount', { n: record.findings }) }}</a-tag>
          </template>
          <template v-else-if="column.key === 'points'">{{ record.findings ? record.points : '–' }}</template>
          <template v-else-if="column.key === 'due'">{{ fmt(record.due) }}</template>
          <template v-else-if="column.key === 'action'">
            <router-link v-if="record.reviewTask" :to="{ name: 'task', params: { id: record.reviewTask } }">{{ t('scale.workbench.open') }}</router-link>
          </template>
        </template>
      </a-table>
      <a-modal v-model:open="confirming" :title="t('scale.workbench.confirmTitle', { n: chosen.length })" :confirm-loading="busy"
               :ok-text="t('quarter.review.submitApprove')" @ok="approve" wrap-class-name="bulk-confirm">
        <ul class="bulk-list" id="bulk-list">
          <li v-for="e in chosen" :key="e.reviewTask" :data-branch="e.branch">{{ e.branch }} {{ e.name }}
            <span v-if="e.findings" class="muted">（{{ t('scale.workbench.findingsCount', { n: e.findings }) }}，{{ e.points }}）</span></li>
        </ul>
        <p>{{ t('scale.workbench.confirmNote') }}</p>
        <a-textarea id="bulk-comment" v-model:value="comment" :rows="2" :maxlength="2000" :aria-label="t('scale.workbench.comment')" />
      </a-modal>
    </div>`,
};
