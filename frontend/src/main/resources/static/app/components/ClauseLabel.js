// A clause's id, wording and amount as the label of the input that records a finding on it.
import ClauseAmount from './ClauseAmount.js';

export default {
  name: 'ClauseLabel',
  components: { ClauseAmount },
  props: { clause: { type: Object, required: true }, for: { type: String, required: true } },
  template: `
    <label class="clause-label" :for="$props.for">
      <span class="clause-id">{{ clause.id }}</span>
      <span class="clause-text">{{ clause.text }}</span>
      <clause-amount :clause="clause" />
    </label>`,
};
