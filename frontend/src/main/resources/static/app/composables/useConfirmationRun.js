// The leadership group's run (docs/scale.md): a confirmation opened from the summary carries the summary's cycle,
// search and sort in its address (#/tasks/ID?run=12&sort=…&branch=…). This asks the server where the task stands in
// that order, offers 上一个 / 下一个, and after a completion goes straight on to the next one (or back to the
// summary after the last).
import { api } from '../api.js';

const { ref, computed, onMounted } = Vue;
const { useRoute, useRouter } = VueRouter;

/** The address query of a run through the summary of a cycle, in the summary's search and sort. */
export function runQuery(cycleId, { sort, branch } = {}) {
  const query = { run: String(cycleId) };
  if (sort && sort !== 'branch') query.sort = sort;
  if (branch && branch.trim()) query.branch = branch.trim();
  return query;
}

/** @param taskId () → the id of the task shown */
export function useConfirmationRun(taskId) {
  const route = useRoute();
  const router = useRouter();
  const cycleId = computed(() => (route.query.run ? Number(route.query.run) : null));
  const order = computed(() => ({ sort: route.query.sort || undefined, branch: route.query.branch || undefined }));
  const place = ref(null); // { position, total, entry, previous, next }
  const missing = ref(false); // not (any more) in the summary
  const active = computed(() => cycleId.value !== null && Number.isFinite(cycleId.value));

  async function load() {
    if (!active.value) return;
    try {
      place.value = await api.confirmationPlace(cycleId.value, taskId(), order.value);
      missing.value = false;
    } catch (e) {
      place.value = null;
      missing.value = e.status === 404;
    }
  }
  onMounted(load);

  function go(entry) {
    if (entry) router.push({ name: 'task', params: { id: entry.task }, query: runQuery(cycleId.value, order.value) });
  }
  const summary = computed(() => ({ name: 'confirmations', params: { id: cycleId.value }, query: { ...order.value } }));

  /** After the task was completed: true when the run took the user on (to the next one, or to the summary). */
  function afterDone() {
    if (!active.value) return false;
    const next = place.value && place.value.next;
    if (next) go(next);
    else router.push(summary.value);
    return true;
  }

  return { active, place, missing, go, summary, afterDone, load };
}
