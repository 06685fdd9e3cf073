// The approve / return card of a review step: decision, what a return needs besides (the default slot), comment
// (required on a return), the form's error, submit.
const { useI18n } = VueI18n;

export default {
  name: 'DecisionCard',
  props: {
    decision: { type: String, required: true },
    comment: { type: String, default: '' },
    commentId: { type: String, required: true },
    approveLabel: { type: String, required: true },
    submitApproveLabel: { type: String, required: true },
    returnLabel: { type: String, default: null },
    submitReturnLabel: { type: String, default: null },
    commentError: { type: String, default: null },
    formError: { type: String, default: null },
    busy: { type: Boolean, default: false },
  },
  emits: ['update:decision', 'update:comment', 'submit'],
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <a-card size="small" class="section-card" :title="t('quarter.decision')">
      <a-radio-group :value="decision" @update:value="$emit('update:decision', $event)" id="decision" :aria-label="t('quarter.decision')">
        <a-radio value="approve" id="decision-approve">{{ approveLabel }}</a-radio>
        <a-radio value="return" id="decision-return">{{ returnLabel || t('quarter.review.returnToBranch') }}</a-radio>
      </a-radio-group>
      <slot />
      <div class="form-field">
        <label :for="commentId" class="field-label">{{ t('quarter.comment') }}<span v-if="decision === 'return'" class="muted">（{{ t('quarter.required') }}）</span></label>
        <a-textarea :id="commentId" :value="comment" @update:value="$emit('update:comment', $event)" :rows="2" :maxlength="2000"
                    :status="commentError ? 'error' : undefined" />
        <div v-if="commentError" class="field-error" role="alert">{{ commentError }}</div>
      </div>
      <a-alert v-if="formError" type="error" show-icon :message="formError" class="form-error" role="alert" id="form-error" />
      <div class="toolbar actions">
        <a-button type="primary" :danger="decision === 'return'" :loading="busy" @click="$emit('submit')" id="submit-task">
          {{ decision === 'approve' ? submitApproveLabel : submitReturnLabel || t('quarter.review.submitReturn') }}</a-button>
      </div>
    </a-card>`,
};
