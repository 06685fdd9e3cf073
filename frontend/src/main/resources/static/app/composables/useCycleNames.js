// The cycles by id, to name a row's quarter ("2088 年第 2 季度") in lists that carry only a cycle id.
import { api } from '../api.js';

const { ref } = Vue;
const { useI18n } = VueI18n;

export function useCycleNames() {
  const { t } = useI18n();
  const cycles = ref({});
  async function loadCycles() {
    const list = await api.cycles().catch(() => []);
    cycles.value = Object.fromEntries(list.map((c) => [c.id, c]));
  }
  const cycleName = (id) => {
    const c = cycles.value[id];
    return c ? t('quarter.cycleName', { year: c.year, quarter: c.quarter }) : '#' + id;
  };
  return { cycles, loadCycles, cycleName };
}
