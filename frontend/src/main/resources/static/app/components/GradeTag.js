// A grade as a coloured tag. The colour follows the grade band's level that the server reports (0 = best band),
// never a band looked up again here; a vetoed result is red whatever its band.
const LEVEL_COLORS = ['green', 'blue', 'orange', 'red'];

export default {
  name: 'GradeTag',
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
  template: '<a-tag :color="color">{{ grade }}</a-tag>',
};
