// 我的考核 (a branch's assessments of every quarter) and 已办 (what one did), each a page of its own (issue 10).
import MyAssessments from './home/MyAssessments.js';
import DoneList from './home/DoneList.js';

const { useI18n } = VueI18n;

export const MyAssessmentsPage = {
  name: 'MyAssessmentsPage',
  components: { MyAssessments },
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <div class="page my-assessments-page">
      <h1 class="page-title">{{ t('home.mine.title') }}</h1>
      <my-assessments />
    </div>`,
};

export const DonePage = {
  name: 'DonePage',
  components: { DoneList },
  setup() {
    const { t } = useI18n();
    return { t };
  },
  template: `
    <div class="page done-page">
      <h1 class="page-title">{{ t('home.done.title') }}</h1>
      <done-list />
    </div>`,
};
