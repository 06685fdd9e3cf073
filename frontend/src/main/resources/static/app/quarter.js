// Helpers shared by the pages of the quarter's work (tasks, assessments, cycles, results); free of the DOM.
import { api } from './api.js';

/** Every clause of a standard with where it sits: clause id → { clause, rule, item, secondary, primary }. */
export function clauseIndex(standard) {
  const index = {};
  for (const primary of (standard && standard.primaries) || []) {
    for (const secondary of primary.secondaries) {
      for (const item of secondary.items) {
        for (const rule of item.rules) {
          for (const clause of rule.clauses) {
            index[clause.id] = { clause, rule, item, secondary, primary };
          }
        }
      }
    }
  }
  return index;
}

/** A count as a form holds it: a number for PER_UNIT clauses, true/false for the others. */
export function formValue(clause, count) {
  if (clause.kind === 'PER_UNIT') {
    return count === null || count === undefined ? null : Number(count);
  }
  return Number(count) > 0;
}

/** The count a form value stands for (0 when empty or unchecked). */
export function countOf(value) {
  if (value === true) return 1;
  if (value === false || value === null || value === undefined || value === '') return 0;
  return Number(value);
}

/** The cap of a bonus rule: 10 % of the indicator's points for rules 85–87, the rule's own cap for 88. */
export function bonusCap(standard, rule, indicator) {
  if (!rule) return null;
  if (rule.scope === 'INDICATOR') {
    const primary = standard.primaries.find((p) => p.name === indicator);
    return primary ? (Number(primary.points) * Number(rule.capPercent)) / 100 : null;
  }
  return rule.cap === null || rule.cap === undefined ? null : Number(rule.cap);
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

/** Grade → tag colour, from the standard's bands (best first). */
export function gradeColor(grades, grade, vetoed) {
  if (vetoed) return 'red';
  const index = (grades || []).findIndex((g) => g.grade === grade);
  return ['green', 'blue', 'orange', 'red'][Math.min(Math.max(index, 0), 3)];
}
