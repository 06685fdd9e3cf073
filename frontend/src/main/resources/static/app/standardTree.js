// The one walk of a standard's tree (primary → secondary → item → rule → clause), free of Vue and of the DOM.

/** Calls fn(clause, place) for every clause in the standard's order; place = { rule, item, secondary, primary }. */
export function forEachClause(primaries, fn) {
  for (const primary of primaries || []) {
    for (const secondary of primary.secondaries) {
      for (const item of secondary.items) {
        for (const rule of item.rules) {
          for (const clause of rule.clauses) {
            fn(clause, { rule, item, secondary, primary });
          }
        }
      }
    }
  }
}

/** Every clause of a standard with where it sits: clause id → { clause, rule, item, secondary, primary }. */
export function clauseIndex(standard) {
  const index = {};
  forEachClause(standard && standard.primaries, (clause, place) => {
    index[clause.id] = { clause, ...place };
  });
  return index;
}

/** The clauses of one primary (or secondary) indicator, in order. */
export function clausesOf(indicator) {
  const out = [];
  forEachClause(indicator.secondaries ? [indicator] : [{ secondaries: [indicator] }], (clause) => out.push(clause));
  return out;
}

/** Counts every clause of a standard (170 in the 2021 standard). */
export function countClauses(standard) {
  let n = 0;
  forEachClause(standard && standard.primaries, () => n++);
  return n;
}

/** Whether fn(clause, rule) holds for some clause of the indicator (primary or secondary). */
export function someClause(indicator, fn) {
  const secondaries = indicator.secondaries || [indicator];
  return secondaries.some((s) => s.items.some((i) => i.rules.some((r) => r.clauses.some((c) => fn(c, r)))));
}
