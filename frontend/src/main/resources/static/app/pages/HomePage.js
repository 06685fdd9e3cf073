// 首页, one per role (issue 10): what to do next with its deadline (overdue and returned first); for a branch this
// quarter's assessment as a stepper with its score, return comment and, once published, result, rank, publicity
// countdown and objections, plus 我的考核; for reviewers and the leadership group 已办. Identity and shortcuts last.
import { session } from '../session.js';
import PendingTasks from './home/PendingTasks.js';
import BranchQuarter from './home/BranchQuarter.js';
import MyAssessments from './home/MyAssessments.js';
import DoneList from './home/DoneList.js';
import { api } from '../api.js';

const { computed, ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'HomePage',
  components: { PendingTasks, BranchQuarter, MyAssessments, DoneList },
  setup() {
    const { t, te } = useI18n();
    const user = computed(() => session.user || {});
    const departmentName = computed(() => {
      const code = user.value.department;
      return code && te('departments.' + code) ? t('departments.' + code) : code;
    });
    const shortcuts = [
      { name: 'standard', title: 'nav.standard', hint: 'home.standardHint', icon: '☰' },
      { name: 'calculator', title: 'nav.calculator', hint: 'home.calculatorHint', icon: '∑' },
    ];
    const isBranch = computed(() => user.value.role === 'BRANCH');
    const worksTasks = computed(() => ['BRANCH', 'REVIEWER', 'LEADER'].includes(user.value.role));
    const hasDone = computed(() => ['REVIEWER', 'LEADER', 'ADMIN'].includes(user.value.role));
    // the items the user may see that are not closed yet (docs/rectification.md); nothing shown when there are none
    const openItems = ref([]);
    onMounted(async () => {
      try {
        openItems.value = (await api.rectifications({})).filter((i) => i.state !== 'CLOSED');
      } catch (ignored) {
        openItems.value = [];
      }
    });
    const nearestDue = computed(() => openItems.value.map((i) => i.due).filter(Boolean).sort()[0] || null);
    const overdueItems = computed(() => openItems.value.filter((i) => i.overdue).length);
    return { t, user, departmentName, shortcuts, isBranch, worksTasks, hasDone, openItems, nearestDue, overdueItems };
  },
  template: `
    <div class="page home-page" :data-role="user.role">
      <h1 class="page-title">{{ t('home.welcome', { name: user.displayName }) }}</h1>
      <p v-if="user.role" class="muted role-hint">{{ t('home.roleHint.' + user.role) }}</p>
      <a-row :gutter="[16, 16]">
        <a-col v-if="isBranch" :xs="24">
          <branch-quarter :branch="user.branch" />
        </a-col>
        <a-col v-if="worksTasks" :xs="24" :lg="isBranch ? 12 : 24">
          <pending-tasks />
        </a-col>
        <a-col v-if="isBranch" :xs="24" :lg="12">
          <a-card size="small" :title="t('home.mine.title')" class="section-card" id="home-mine">
            <template #extra><router-link :to="{ name: 'my-assessments' }">{{ t('home.more') }}</router-link></template>
            <my-assessments :limit="4" />
          </a-card>
        </a-col>
        <a-col v-if="hasDone" :xs="24">
          <a-card size="small" :title="t('home.done.title')" class="section-card" id="home-done">
            <template #extra><router-link :to="{ name: 'done' }">{{ t('home.more') }}</router-link></template>
            <done-list :limit="6" />
          </a-card>
        </a-col>
      </a-row>
      <a-card :title="t('home.whoAmI')" class="who-card section-card" size="small">
        <a-descriptions :column="{ xs: 1, sm: 2, lg: 4 }" size="small" id="who-am-i">
          <a-descriptions-item :label="t('home.displayName')"><span id="home-display-name">{{ user.displayName }}</span></a-descriptions-item>
          <a-descriptions-item :label="t('home.username')">{{ user.username }}</a-descriptions-item>
          <a-descriptions-item :label="t('home.role')"><span id="home-role">{{ user.role ? t('roles.' + user.role) : '' }}</span></a-descriptions-item>
          <a-descriptions-item v-if="user.branch" :label="t('home.branch')"><span id="home-branch"><org-name :branch="user.branch" /></span></a-descriptions-item>
          <a-descriptions-item v-if="user.department" :label="t('home.department')"><span id="home-department"><org-name :department="user.department" /></span></a-descriptions-item>
        </a-descriptions>
      </a-card>
      <h2 class="section-title">{{ t('home.shortcuts') }}</h2>
      <a-row :gutter="[16, 16]">
        <a-col v-if="openItems.length" :xs="24" :sm="12" :lg="8">
          <router-link :to="{ name: 'rectifications' }" class="shortcut" id="shortcut-rectifications">
            <span class="shortcut-icon" aria-hidden="true">⚑</span>
            <span class="shortcut-body">
              <span class="shortcut-title">{{ t('rect.home') }}</span>
              <span class="shortcut-hint" id="home-rectifications">{{ t('rect.homeHint', { n: openItems.length, due: String(nearestDue || '').substring(0, 10) }) }}<template v-if="overdueItems">{{ t('rect.homeOverdue', { n: overdueItems }) }}</template></span>
            </span>
          </router-link>
        </a-col>
        <a-col v-for="s in shortcuts" :key="s.name" :xs="24" :sm="12" :lg="8">
          <router-link :to="{ name: s.name }" class="shortcut" :id="'shortcut-' + s.name">
            <span class="shortcut-icon" aria-hidden="true">{{ s.icon }}</span>
            <span class="shortcut-body">
              <span class="shortcut-title">{{ t(s.title) }}</span>
              <span class="shortcut-hint">{{ t(s.hint) }}</span>
            </span>
          </router-link>
        </a-col>
      </a-row>
    </div>`,
};
