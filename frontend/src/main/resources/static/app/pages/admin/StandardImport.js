// 导入评分标准: upload a table (xlsx) or a file (yaml/json) → dry run: warnings on top, the source beside the parsed
// tree with each clause's kind, amount, unit and cap → confirm imports it as a version.
import { api } from '../../api.js';
import ClauseAmount from '../../components/ClauseAmount.js';

const { ref, computed } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'StandardImport',
  components: { ClauseAmount },
  emits: ['imported'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const file = ref(null);
    const fields = ref({ code: '', name: '', year: String(new Date().getFullYear()), version: '' });
    const preview = ref(null);
    const busy = ref(false);
    const error = ref(null);
    const errorField = ref(null);
    const outcome = ref(null);

    const isTable = computed(() => !!file.value && /\.xlsx$/i.test(file.value.name));
    const sourceRows = computed(() => (preview.value && Array.isArray(preview.value.source) ? preview.value.source : []));
    const sourceText = computed(() => (preview.value && typeof preview.value.source === 'string' ? preview.value.source : ''));
    const warningRules = computed(() => new Set((preview.value ? preview.value.warnings : [])
      .filter((w) => w.rule != null).map((w) => w.rule)));
    const clauseCount = computed(() => {
      if (!preview.value) return 0;
      let n = 0;
      for (const p of preview.value.primaries || []) for (const s of p.secondaries) for (const i of s.items) for (const r of i.rules) n += r.clauses.length;
      return n;
    });

    /** Takes the chosen file over from a-upload; a YAML or JSON file says everything itself and is read at once. */
    function beforeUpload(chosen) {
      file.value = chosen;
      preview.value = null;
      outcome.value = null;
      error.value = null;
      if (!/\.xlsx$/i.test(chosen.name)) {
        runPreview();
      }
      return false;
    }

    function fail(e) {
      error.value = e.detail || e.message;
      errorField.value = e.field;
    }

    async function runPreview() {
      busy.value = true;
      error.value = null;
      errorField.value = null;
      outcome.value = null;
      try {
        preview.value = await api.admin.previewStandard(file.value, isTable.value ? fields.value : {});
      } catch (e) {
        preview.value = null;
        fail(e);
      } finally {
        busy.value = false;
      }
    }

    async function confirm() {
      busy.value = true;
      error.value = null;
      try {
        const result = await api.admin.confirmStandard(file.value, isTable.value
          ? { ...fields.value, version: String(preview.value.version) } : {});
        outcome.value = { outcome: result.outcome, code: result.code, version: result.version };
        preview.value = null;
        file.value = null;
        emit('imported');
      } catch (e) {
        fail(e);
      } finally {
        busy.value = false;
      }
    }

    function warningPlace(w) {
      const parts = [];
      if (w.row != null) parts.push(t('standardImport.row', { row: w.row }));
      if (w.rule != null) parts.push(t('standardImport.rule', { rule: w.rule }));
      return parts.join(' · ');
    }

    return { t, file, fields, preview, busy, error, errorField, outcome, isTable, sourceRows, sourceText, warningRules,
      clauseCount, beforeUpload, runPreview, confirm, warningPlace };
  },
  template: `
    <a-card size="small" class="standard-import" :title="t('standardImport.title')">
      <p class="muted">{{ t('standardImport.hint') }}</p>
      <div class="import-row">
        <label for="standard-file" class="import-label">{{ t('admin.standards.file') }}</label>
        <a-upload id="standard-file" accept=".xlsx,.yaml,.yml,.json" :before-upload="beforeUpload" :show-upload-list="false"
                  :disabled="busy">
          <a-button id="standard-choose">{{ t('standardImport.choose') }}</a-button>
        </a-upload>
        <span v-if="file" class="muted import-file" id="standard-file-name">{{ file.name }}</span>
      </div>
      <div v-if="isTable" class="import-row import-fields">
        <label>{{ t('standardImport.code') }} <a-input id="import-code" v-model:value="fields.code" size="small" style="width: 140px"
               :status="errorField === 'code' ? 'error' : ''" /></label>
        <label>{{ t('standardImport.name') }} <a-input id="import-name" v-model:value="fields.name" size="small" style="width: 220px"
               :status="errorField === 'name' ? 'error' : ''" /></label>
        <label>{{ t('standardImport.year') }} <a-input id="import-year" v-model:value="fields.year" size="small" style="width: 80px"
               :status="errorField === 'year' ? 'error' : ''" /></label>
        <label>{{ t('standardImport.version') }} <a-input id="import-version" v-model:value="fields.version" size="small" style="width: 70px"
               :placeholder="t('standardImport.nextVersion')" :status="errorField === 'version' ? 'error' : ''" /></label>
      </div>
      <div class="import-row">
        <a-button type="primary" id="standard-preview" :disabled="!file" :loading="busy && !preview" @click="runPreview">
          {{ t('standardImport.preview') }}</a-button>
      </div>
      <div v-if="error" id="standard-import-error" class="field-error import-error" role="alert">
        <strong>{{ t('admin.standards.invalid') }}</strong>
        <span v-if="errorField">[{{ errorField }}]</span> {{ error }}
      </div>
      <a-alert v-if="outcome" id="standard-import-result" type="success" show-icon class="admin-alert"
               :message="t('admin.standards.outcomes.' + outcome.outcome) + ' ' + outcome.code + ' v' + outcome.version" />

      <section v-if="preview" id="standard-preview-result" class="import-preview">
        <a-alert v-if="preview.warnings.length" type="warning" show-icon class="admin-alert" id="standard-warnings"
                 :message="t('standardImport.warnings', { n: preview.warnings.length })">
          <template #description>
            <ul class="import-warnings">
              <li v-for="(w, i) in preview.warnings" :key="i" :data-rule="w.rule">
                <strong v-if="warningPlace(w)">{{ warningPlace(w) }}:</strong>
                {{ w.message }} <span v-if="w.text" class="muted">「{{ w.text }}」</span>
              </li>
            </ul>
          </template>
        </a-alert>
        <div v-if="!preview.validation.valid" id="standard-import-error" class="field-error import-error" role="alert">
          <strong>{{ t('admin.standards.invalid') }}</strong>
          <ul id="standard-problems"><li v-for="(p, i) in preview.validation.problems" :key="i">{{ p }}</li></ul>
        </div>
        <a-alert v-else type="success" show-icon class="admin-alert" id="standard-valid"
                 :message="t('standardImport.valid', { code: preview.code, version: preview.version, primaries: preview.primaries.length, clauses: clauseCount })" />
        <div class="toolbar">
          <a-button type="primary" id="standard-confirm" :disabled="!preview.validation.valid" :loading="busy" @click="confirm">
            {{ t('standardImport.confirm', { code: preview.code, version: preview.version }) }}</a-button>
          <a-button @click="preview = null">{{ t('standardImport.cancel') }}</a-button>
        </div>
        <div class="import-columns">
          <div class="import-source">
            <h4>{{ t('standardImport.source') }}</h4>
            <table v-if="sourceRows.length" class="source-table">
              <tbody>
                <tr v-for="r in sourceRows" :key="r.row">
                  <td class="muted">{{ r.row }}</td>
                  <td v-for="(value, key) in r.cells" :key="key" :title="key">{{ value }}</td>
                </tr>
              </tbody>
            </table>
            <pre v-else class="source-text">{{ sourceText }}</pre>
          </div>
          <div class="import-tree">
            <h4>{{ t('standardImport.parsed') }}</h4>
            <div v-for="p in preview.primaries" :key="p.name" class="tree-primary">
              <div class="tree-head">{{ p.name }} <span class="muted">{{ p.points }} · {{ p.category }} · {{ p.department }}</span></div>
              <div v-for="s in p.secondaries" :key="s.name" class="tree-secondary">
                <div class="tree-head">{{ s.name }} <span class="muted">{{ s.points }}</span></div>
                <div v-for="item in s.items" :key="item.number" class="tree-item">
                  <div>{{ item.number }}. {{ item.text }}</div>
                  <div v-for="rule in item.rules" :key="rule.number" class="tree-rule" :class="{ 'has-warning': warningRules.has(rule.number) }">
                    <div class="muted">{{ t('standardImport.rule', { rule: rule.number }) }} {{ rule.text }}</div>
                    <div v-for="c in rule.clauses" :key="c.id" class="tree-clause" :data-clause="c.id">
                      <code>{{ c.id }}</code> <clause-amount :clause="c" /> <span class="clause-text">{{ c.text }}</span>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <div v-if="preview.bonus" class="tree-primary">
              <div class="tree-head">{{ preview.bonus.name }} <span class="muted">{{ preview.bonus.secondary }}</span></div>
              <div v-for="r in preview.bonus.rules" :key="r.number" class="tree-rule" :data-bonus="r.number">
                {{ t('standardImport.rule', { rule: r.number }) }} {{ r.text }}
                <a-tag color="green">{{ r.scope === 'INDICATOR' ? t('standardImport.capPercent', { p: r.capPercent }) : t('standardImport.capPoints', { p: r.cap }) }}</a-tag>
              </div>
            </div>
            <div v-if="preview.veto" class="tree-primary">
              <div class="tree-head">{{ preview.veto.name }} <span class="muted">{{ preview.veto.secondary }}</span></div>
              <div v-for="r in preview.veto.rules" :key="r.number" class="tree-rule">
                {{ t('standardImport.rule', { rule: r.number }) }} {{ r.itemText }}
              </div>
            </div>
          </div>
        </div>
      </section>
    </a-card>`,
};
