// A branch or a department by name, its code as a secondary hint: <org-name :branch="'B01'" />.
import { names, loadNames, branchName, departmentName } from '../names.js';

const { computed, onMounted } = Vue;

export default {
  name: 'OrgName',
  props: {
    branch: { type: String, default: null },
    department: { type: String, default: null },
    hint: { type: Boolean, default: true },
  },
  setup(props) {
    onMounted(loadNames);
    const code = computed(() => props.branch || props.department);
    // names.branches is reactive: the name appears as soon as the names have loaded
    const name = computed(() => (props.branch ? (names.loaded, branchName(props.branch)) : departmentName(props.department)));
    return { code, name };
  },
  template: `<span class="org-name" :data-code="code">{{ name }}<span v-if="hint && name !== code" class="code-hint">{{ code }}</span></span>`,
};
