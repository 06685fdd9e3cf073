// A finding's count: a text field for a per-unit clause (a whole number from 0 to 9999, with its unit), a checkbox
// for the other kinds. Nothing typed is ever rounded or clamped (issue 10): a fraction, a negative number or one over
// the limit stays as typed, is refused next to the field with the allowed range, and is sent as typed, so that the
// server refuses it too (problem.count.*) instead of counting something the user did not write.
const { ref, watch, computed } = Vue;
const { useI18n } = VueI18n;

export const COUNT_MAX = 9999;

/** What the text says: { value, problem } where problem is null, 'range', 'fraction' or 'number'. */
export function readCount(text, max = COUNT_MAX) {
  const trimmed = String(text == null ? '' : text).trim();
  if (trimmed === '') return { value: null, problem: null };
  if (!/^[-+]?\d+(\.\d+)?$/.test(trimmed)) return { value: trimmed, problem: 'number' };
  const value = Number(trimmed);
  if (!Number.isInteger(value)) return { value, problem: 'fraction' };
  if (value < 0 || value > max) return { value, problem: 'range' };
  return { value, problem: null };
}

export default {
  name: 'CountInput',
  props: {
    clause: { type: Object, required: true },
    value: { type: [Number, Boolean, String], default: null },
    id: { type: String, required: true },
    error: { type: Boolean, default: false },
  },
  emits: ['update:value'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const text = ref(props.value === null || props.value === undefined || typeof props.value === 'boolean' ? '' : String(props.value));
    // a value set from outside (a draft loaded, the form reset) replaces the text; our own echo does not
    watch(() => props.value, (v) => {
      const shown = readCount(text.value).value;
      if (v !== shown) text.value = v === null || v === undefined || typeof v === 'boolean' ? '' : String(v);
    });
    const problem = computed(() => readCount(text.value).problem);
    function onInput(typed) {
      text.value = typed == null ? '' : String(typed);
      emit('update:value', readCount(text.value).value);
    }
    return { t, text, problem, onInput, COUNT_MAX };
  },
  template: `
    <span v-if="clause.kind === 'PER_UNIT'" class="count-field">
      <a-input :id="id" :value="text" @update:value="onInput" inputmode="numeric" autocomplete="off" placeholder="0"
               :addon-after="clause.unit" class="count-input" :status="error || problem ? 'error' : undefined"
               :aria-invalid="!!problem" :aria-describedby="problem ? id + '-range' : undefined" />
      <div v-if="problem" class="field-error count-error" :id="id + '-range'" role="alert">{{ t('calculator.countRange', { min: 0, max: COUNT_MAX }) }}</div>
    </span>
    <a-checkbox v-else :id="id" :checked="value" @update:checked="$emit('update:value', $event)">{{ t('calculator.applies') }}</a-checkbox>`,
};
