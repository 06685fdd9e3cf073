// Helpers shared by the pages of the quarter's work (tasks, assessments, cycles, results); free of the DOM.
import { api } from './api.js';

/** A count as a form holds it: a number for PER_UNIT clauses, true/false for the others. */
export function formValue(clause, count) {
  if (clause.kind === 'PER_UNIT') {
    return count === null || count === undefined ? null : Number(count);
  }
  return Number(count) > 0;
}

/**
 * The count a form value stands for (0 when empty or unchecked). Text that is no number stays text: sent as typed,
 * the server refuses it; it is never read as 0 or 1 (issue 10).
 */
export function countOf(value) {
  if (value === true) return 1;
  if (value === false || value === null || value === undefined || value === '') return 0;
  const n = Number(value);
  return Number.isNaN(n) ? value : n;
}

/** Whether a form value is to be sent: anything but an empty or zero count (refused values included). */
export function sendsCount(value) {
  return countOf(value) !== 0;
}

/** The standard version an assessment was scored against (cached per code and version). */
const standards = {};
export function standardOf(code, version) {
  const key = code + '@' + version;
  if (!standards[key]) {
    standards[key] = api.standard(code, version);
    standards[key].catch(() => delete standards[key]);
  }
  return standards[key];
}

/** The latest round's decisions of one step (e.g. the reviewers' returns that sent the assessment back). */
export function latestDecisions(decisions, step) {
  const own = (decisions || []).filter((d) => d.step === step);
  if (!own.length) return [];
  const round = Math.max(...own.map((d) => d.round));
  return own.filter((d) => d.round === round);
}

export const TASK_KEYS = ['selfAssessment', 'departmentReview', 'bonusDeclaration', 'bonusEndorsement',
  'leadershipConfirmation', 'publication', 'objectionAnswer'];

/** The cap the engine puts on a bonus under `rule` (and `indicator`), as a score card reports it; null if unknown. */
export function bonusCapOf(card, rule, indicator) {
  const cap = ((card && card.bonusCaps) || []).find((c) => c.rules.includes(rule) && (c.indicator === null || c.indicator === indicator));
  return cap ? cap.cap : null;
}
