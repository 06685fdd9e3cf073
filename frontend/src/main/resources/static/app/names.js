// Names, not codes (issue 10): branch names from GET /api/org/names, department names from the message files;
// pages show the name and keep the code as a small hint only.
import { api } from './api.js';
import { i18n } from './i18n/index.js';

const { reactive } = Vue;

export const names = reactive({ branches: {}, units: {}, loaded: false });
let loading = null;

/** Loads the names once per page load (again after a failure). */
export function loadNames() {
  if (!loading) {
    loading = api.get('api/org/names')
      .then((n) => {
        Object.assign(names.branches, n.branches || {});
        Object.assign(names.units, n.units || {});
        names.loaded = true;
      })
      .catch(() => {
        loading = null;
      });
  }
  return loading;
}

/** 第一党总支 for B01; the code itself while the names are unknown. */
export function branchName(code) {
  return (code && names.branches[code]) || code || '';
}

/** 党委组织部 / Organisation Department for ORG, in the page's language. */
export function departmentName(code) {
  if (!code) return '';
  const key = 'departments.' + code;
  return i18n.global.te(key) ? i18n.global.t(key) : (names.units[code] || code);
}

/** "第一党总支 (B01)" for option lists and chart labels that cannot hold markup. */
export function branchLabel(code) {
  const name = branchName(code);
  return name && name !== code ? name + ' (' + code + ')' : code;
}
