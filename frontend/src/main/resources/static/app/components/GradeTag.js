// A grade as a coloured tag. The colour follows the grade band's level that the server reports (0 = best band),
// never a band looked up again here; a vetoed result is red whatever its band.
const LEVEL_COLORS = ['green', 'blue', 'orange', 'red'];

const { useI18n } = VueI18n;

export default {
  name: 'GradeTag',
  setup() {
    const { t, te } = useI18n();
    // the standard's grades (好, 较好, …) in the page's language where the message files name them (issue 10)
    const gradeName = (grade) => (grade && te('grades.' + grade) ? t('grades.' + grade) : grade);
    return { gradeName };
  },
  props: {
    grade: { type: String, default: null },
    level: { type: Number, default: null },
    vetoed: { type: Boolean, default: false },
  },
  computed: {
    color() {
      if (this.vetoed) return 'red';
      if (this.level === null || this.level === undefined) return 'default';
      return LEVEL_COLORS[Math.min(this.level, LEVEL_COLORS.length - 1)];
    },
  },
  template: '<a-tag :color="color" :title="grade">{{ gradeName(grade) }}</a-tag>',
};
