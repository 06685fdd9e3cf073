// Small pure helpers, free of Vue and of the DOM.

/** A score as printed on a score card: two decimals ("98.60"); "–" when absent. */
export function formatScore(value) {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : String(value);
}

/** A signed score change ("+0.50", "-1.20", "0.00"). */
export function formatDelta(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) {
    return '–';
  }
  return (n > 0 ? '+' : '') + n.toFixed(2);
}

/**
 * The whole days of an ISO-8601 period such as "P5D" (or "P1W", "PT48H"), null when it is not whole days: the page
 * says "5 天", never "P5D" (issue 10).
 */
export function periodDays(iso) {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(iso || '');
  if (!match || (!match[1] && !match[2] && !match[3])) return null;
  const hours = Number(match[3] || 0);
  if (hours % 24 !== 0) return null;
  return Number(match[1] || 0) * 7 + Number(match[2] || 0) + hours / 24;
}

/** A standard's amount or cap as the seed prints it: no trailing zeros ("0.2", "1"). */
export function formatAmount(value) {
  if (value === null || value === undefined) {
    return '';
  }
  return String(Number(value));
}

/**
 * Splits a problem detail's field path such as "findings[3].count" into its parts:
 * { list: "findings", index: 3, property: "count" }; null when it names no list entry.
 */
export function parseFieldPath(field) {
  const match = /^([A-Za-z]+)\[(\d+)\](?:\.([A-Za-z]+))?$/.exec(field || '');
  return match ? { list: match[1], index: Number(match[2]), property: match[3] || null } : null;
}

/** Calls fn once calls have paused for `wait` ms; `cancel()` drops a pending call. */
export function debounce(fn, wait) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
