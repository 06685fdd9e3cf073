// A new password in the administration's forms, with the policy's hint and the server's problem beneath it.
const { useI18n } = VueI18n;

export default {
  name: 'PasswordField',
  props: { id: { type: String, required: true }, label: String, value: String, error: String },
  emits: ['update:value'],
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <a-form-item :label="label" :html-for="id" :extra="t('admin.users.passwordHint')"
                 :validate-status="error ? 'error' : ''" :help="error">
      <a-input-password :id="id" :value="value" autocomplete="new-password" @update:value="$emit('update:value', $event)" />
    </a-form-item>`,
};
