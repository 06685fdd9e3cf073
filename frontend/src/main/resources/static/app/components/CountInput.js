// A finding's count: a number for a per-unit clause (0–9999, with its unit), a checkbox for the other kinds.
const { useI18n } = VueI18n;

export default {
  name: 'CountInput',
  props: {
    clause: { type: Object, required: true },
    value: { type: [Number, Boolean], default: null },
    id: { type: String, required: true },
    error: { type: Boolean, default: false },
  },
  emits: ['update:value'],
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <a-input-number v-if="clause.kind === 'PER_UNIT'" :id="id" :value="value" @update:value="$emit('update:value', $event)"
                    :min="0" :max="9999" :precision="0" placeholder="0" :addon-after="clause.unit" class="count-input"
                    :status="error ? 'error' : undefined" />
    <a-checkbox v-else :id="id" :checked="value" @update:checked="$emit('update:value', $event)">{{ t('calculator.applies') }}</a-checkbox>`,
};
