// The evidence files of one clause or bonus rule, with an upload button when the user may add some.
import { api } from '../api.js';

const { ref } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'EvidenceFiles',
  props: {
    assessmentId: { type: Number, required: true },
    files: { type: Array, default: () => [] },
    clause: { type: String, default: null },
    bonusRule: { type: Number, default: null },
    editable: { type: Boolean, default: false },
  },
  emits: ['uploaded'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const input = ref(null);
    const busy = ref(false);
    const error = ref(null);
    const inputId = 'evidence-file-' + (props.clause || 'bonus-' + props.bonusRule);

    async function chosen(event) {
      const file = event.target.files && event.target.files[0];
      if (!file) return;
      busy.value = true;
      error.value = null;
      try {
        const created = await api.uploadEvidence(props.assessmentId, file, { clause: props.clause, bonusRule: props.bonusRule });
        emit('uploaded', created);
        antd.message.success(t('quarter.evidence.uploaded', { name: created.filename }));
      } catch (e) {
        error.value = e.detail || e.message;
      } finally {
        busy.value = false;
        event.target.value = '';
      }
    }
    const size = (n) => (n >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(n / 1024)) + ' KB');
    return { t, input, busy, error, chosen, inputId, size, url: api.evidenceUrl };
  },
  template: `
    <div class="evidence-files" v-if="editable || files.length">
      <ul v-if="files.length" class="evidence-list">
        <li v-for="f in files" :key="f.id"><a :href="url(f.id)" class="evidence-link" :download="f.filename">{{ f.filename }}</a>
          <span class="muted"> {{ size(f.sizeBytes) }}</span></li>
      </ul>
      <template v-if="editable">
        <input type="file" :id="inputId" class="visually-hidden evidence-input" ref="input" @change="chosen"
               accept=".pdf,.png,.jpg,.jpeg,.gif,.docx,.xlsx,.pptx">
        <label :for="inputId" class="ant-btn ant-btn-default ant-btn-sm evidence-button" :class="{ busy }" tabindex="0"
               @keydown.enter.prevent="input && input.click()" @keydown.space.prevent="input && input.click()">
          {{ busy ? t('quarter.evidence.uploading') : t('quarter.evidence.upload') }}</label>
        <div v-if="error" class="field-error" role="alert">{{ error }}</div>
      </template>
    </div>`,
};
