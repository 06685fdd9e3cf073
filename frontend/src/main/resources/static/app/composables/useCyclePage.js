// What every page about one cycle's work does (the reviewer's workbench, the dashboard, the leadership group's
// summary; docs/scale.md): the cycle from the route and its name, and loading what the page shows beside it, with
// the error in the page's language. A newer load wins over one still on its way.
import { api } from '../api.js';

const { ref, computed } = Vue;
const { useRoute } = VueRouter;
const { useI18n } = VueI18n;

/** A point in time as the lists print it ("2026-03-31 23:59"); "–" for none. */
export const formatTime = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');

/** @param fetch (cycleId) → a promise that loads the page's own data (and keeps it) */
export function useCyclePage(fetch) {
  const { t } = useI18n();
  const route = useRoute();
  const cycleId = computed(() => Number(route.params.id));
  const cycle = ref(null);
  const loading = ref(true);
  const error = ref(null);
  let sequence = 0;

  async function load() {
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const known = cycle.value && cycle.value.id === cycleId.value;
      const [c] = await Promise.all([known ? cycle.value : api.cycle(cycleId.value), fetch(cycleId.value, () => mine === sequence)]);
      if (mine === sequence) cycle.value = c;
    } catch (e) {
      if (mine === sequence) error.value = e.status === 0 ? t('common.networkError') : e.message;
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }
  const cycleName = computed(() => (cycle.value ? t('quarter.cycleName', { year: cycle.value.year, quarter: cycle.value.quarter }) : ''));
  return { cycleId, cycle, cycleName, loading, error, load, fmt: formatTime };
}
