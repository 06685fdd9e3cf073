// 公示 is published from its cycle's page, where the progress and the dashboard are.
const { onMounted } = Vue;
const { useRouter } = VueRouter;

export default {
  name: 'PublicationTask',
  props: { task: { type: Object, required: true } },
  setup(props) {
    const router = useRouter();
    onMounted(() => router.replace({ name: 'cycle', params: { id: props.task.cycleId } }));
    return {};
  },
  template: '<a-spin class="page-spin" />',
};
