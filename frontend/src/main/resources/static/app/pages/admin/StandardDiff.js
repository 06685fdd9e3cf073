// 版本比较: what changed between two versions of a standard, indicator by indicator, clause by clause.
import { api } from '../../api.js';

const { ref, computed, watch } = Vue;
const { useI18n } = VueI18n;

const CHANGE_COLORS = { ADDED: 'green', REMOVED: 'red', CHANGED: 'orange' };

export default {
  name: 'StandardDiff',
  props: { versions: { type: Array, required: true } },
  setup(props) {
    const { t } = useI18n();
    const code = ref(null);
    const from = ref(null);
    const to = ref(null);
    const diff = ref(null);
    const error = ref(null);
    const loading = ref(false);

    const codes = computed(() => [...new Set(props.versions.map((v) => v.code))]);
    const numbers = computed(() => props.versions.filter((v) => v.code === code.value).map((v) => v.version).sort((a, b) => a - b));
    watch(code, () => {
      const n = numbers.value;
      from.value = n.length > 1 ? n[n.length - 2] : n[0];
      to.value = n[n.length - 1];
      diff.value = null;
    });

    async function compare() {
      loading.value = true;
      error.value = null;
      try {
        diff.value = await api.standardDiff(code.value, from.value, to.value);
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        loading.value = false;
      }
    }

    function show(entry, side) {
      const values = entry[side];
      if (!values) return '';
      const keys = entry.change === 'CHANGED' ? entry.fields : Object.keys(values);
      return keys.filter((k) => values[k] !== null && values[k] !== undefined)
        .map((k) => t('standardDiff.fields.' + k) + ': ' + values[k]).join('；');
    }

    return { t, code, from, to, diff, error, loading, codes, numbers, compare, show, CHANGE_COLORS };
  },
  template: `
    <a-card size="small" class="standard-diff" :title="t('standardDiff.title')">
      <div class="import-row">
        <a-select id="diff-code" v-model:value="code" show-search style="width: 180px" :placeholder="t('standardDiff.code')"
                  :options="codes.map((c) => ({ value: c, label: c }))" />
        <a-select id="diff-from" v-model:value="from" style="width: 90px" :options="numbers.map((n) => ({ value: n, label: 'v' + n }))" />
        <span>→</span>
        <a-select id="diff-to" v-model:value="to" style="width: 90px" :options="numbers.map((n) => ({ value: n, label: 'v' + n }))" />
        <a-button id="diff-compare" :disabled="!code || !from || !to" :loading="loading" @click="compare">{{ t('standardDiff.compare') }}</a-button>
      </div>
      <a-alert v-if="error" type="error" show-icon :message="error" class="admin-alert" />
      <div v-if="diff" id="diff-result">
        <p>{{ t('standardDiff.summary', { added: diff.counts.ADDED, removed: diff.counts.REMOVED, changed: diff.counts.CHANGED }) }}</p>
        <p v-if="!diff.changes.length" class="muted">{{ t('standardDiff.same') }}</p>
        <table v-else class="source-table diff-table">
          <thead><tr>
            <th>{{ t('standardDiff.level') }}</th><th>{{ t('standardDiff.key') }}</th><th>{{ t('standardDiff.change') }}</th>
            <th>v{{ diff.from }}</th><th>v{{ diff.to }}</th>
          </tr></thead>
          <tbody>
            <tr v-for="(c, i) in diff.changes" :key="i" :data-diff="c.level + ':' + c.key">
              <td>{{ t('standardDiff.levels.' + c.level) }}</td>
              <td><code>{{ c.key }}</code></td>
              <td><a-tag :color="CHANGE_COLORS[c.change]">{{ t('standardDiff.changes.' + c.change) }}</a-tag></td>
              <td>{{ show(c, 'from') }}</td>
              <td>{{ show(c, 'to') }}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </a-card>`,
};
