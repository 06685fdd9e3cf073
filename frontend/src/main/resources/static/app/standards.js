// The active standard, loaded once per page load and shared by the pages that show it.
import { api } from './api.js';

let cached = null;

/** Resolves to { summary, standard } for the active standard, or null when none is imported. */
export function activeStandard() {
  if (!cached) {
    cached = (async () => {
      const list = await api.standards();
      const summary = list.find((s) => s.active) || list[0];
      if (!summary) {
        return null;
      }
      const standard = await api.standard(summary.code, summary.version);
      return { summary, standard };
    })();
    cached.catch(() => {
      cached = null; // try again next time
    });
  }
  return cached;
}
