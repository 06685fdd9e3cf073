// 首页: who you are, and shortcuts to what you can do; open rectification items and their nearest due date.
import { session } from '../session.js';
import { api } from '../api.js';

const { computed, ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'HomePage',
  setup() {
    const { t, te } = useI18n();
    const user = computed(() => session.user || {});
    const departmentName = computed(() => {
      const code = user.value.department;
      return code && te('departments.' + code) ? t('departments.' + code) + ' (' + code + ')' : code;
    });
    const shortcuts = [
      { name: 'standard', title: 'nav.standard', hint: 'home.standardHint', icon: '☰' },
      { name: 'calculator', title: 'nav.calculator', hint: 'home.calculatorHint', icon: '∑' },
    ];
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
    return { t, user, departmentName, shortcuts, openItems, nearestDue, overdueItems };
  },
  template: `
    <div class="page home-page">
      <h1 class="page-title">{{ t('home.welcome', { name: user.displayName }) }}</h1>
      <a-card :title="t('home.whoAmI')" class="who-card">
        <a-descriptions :column="{ xs: 1, sm: 2, lg: 4 }" size="small" id="who-am-i">
          <a-descriptions-item :label="t('home.displayName')"><span id="home-display-name">{{ user.displayName }}</span></a-descriptions-item>
          <a-descriptions-item :label="t('home.username')">{{ user.username }}</a-descriptions-item>
          <a-descriptions-item :label="t('home.role')"><span id="home-role">{{ user.role ? t('roles.' + user.role) : '' }}</span></a-descriptions-item>
          <a-descriptions-item v-if="user.branch" :label="t('home.branch')"><span id="home-branch">{{ user.branch }}</span></a-descriptions-item>
          <a-descriptions-item v-if="user.department" :label="t('home.department')"><span id="home-department">{{ departmentName }}</span></a-descriptions-item>
        </a-descriptions>
        <p v-if="user.role" class="muted role-hint">{{ t('home.roleHint.' + user.role) }}</p>
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
