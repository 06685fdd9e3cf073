// 考核详情 (placeholder until the results page lands).
export default { name: 'AssessmentPage', template: '<div class="page"></div>' };
