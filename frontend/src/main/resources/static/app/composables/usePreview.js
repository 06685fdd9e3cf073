// The live score card: the server scores the form as one types (debounced); only the newest answer counts.
import { api } from '../api.js';
import { debounce } from '../format.js';

const { ref, onBeforeUnmount } = Vue;

export const PREVIEW_DELAY_MS = 300;

/**
 * @param request () → the preview body (findings, bonuses, vetoes, standard, version)
 * @param onError (error) → called with a refusal of the newest request (not for a 401: the session handler has it)
 * @param onScored () → called when the newest request was scored
 * @returns { card, previewing, preview, schedulePreview }
 */
export function usePreview(request, { onError = () => {}, onScored = () => {} } = {}) {
  const card = ref(null);
  const previewing = ref(false);
  let sequence = 0;

  async function preview() {
    const mine = ++sequence;
    previewing.value = true;
    try {
      const result = await api.preview(request());
      if (mine === sequence) {
        card.value = result;
        onScored();
      }
    } catch (e) {
      if (mine === sequence && e.status !== 401) onError(e);
    } finally {
      if (mine === sequence) previewing.value = false;
    }
  }
  const schedulePreview = debounce(preview, PREVIEW_DELAY_MS);
  onBeforeUnmount(() => schedulePreview.cancel());
  return { card, previewing, preview, schedulePreview };
}
