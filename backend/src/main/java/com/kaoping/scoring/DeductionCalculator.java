package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applies the findings clause by clause and scores the secondary indicators they touch:
 * per-unit and flat deductions, clause caps, zero-out, veto clauses and the floor at 0.
 * Explanation lines of one secondary are its clause lines in the standard's order, then its
 * ZERO_OUT or FLOOR line, so that the points of all lines add up to score − max.
 */
final class DeductionCalculator {

    /**
     * @param secondaries the score of each touched secondary by index, null where untouched
     * @param vetoed      a veto clause applies
     */
    record Result(SecondaryScore[] secondaries, boolean vetoed) {}

    private final StandardIndex index;

    DeductionCalculator(StandardIndex index) {
        this.index = index;
    }

    /** @param findings positive counts, sorted in the standard's clause order */
    Result apply(InputValidator.ResolvedFinding[] findings, List<ExplanationLine> lines) {
        SecondaryScore[] scores = new SecondaryScore[index.secondaries.length];
        boolean vetoed = false;
        int i = 0;
        while (i < findings.length) {
            // findings of one secondary are contiguous because clause order follows the standard's tree
            int secondary = findings[i].ref().secondary();
            StandardIndex.SecondaryRef sec = index.secondaries[secondary];
            BigDecimal deducted = BigDecimal.ZERO;
            StandardIndex.ClauseRef zeroOut = null;
            for (; i < findings.length && findings[i].ref().secondary() == secondary; i++) {
                StandardIndex.ClauseRef ref = findings[i].ref();
                long count = findings[i].count();
                Clause clause = ref.clause();
                switch (clause.kind()) {
                    case PER_UNIT, FLAT -> deducted = deducted.add(deduct(ref, count, sec.label(), lines));
                    case ZERO_OUT -> {
                        if (zeroOut == null) {
                            zeroOut = ref;
                        }
                    }
                    case VETO -> {
                        vetoed = true;
                        lines.add(new ExplanationLine(
                                ExplanationKind.VETO,
                                clause.id(),
                                sec.label(),
                                null,
                                Decimals.ZERO,
                                clause.text(),
                                ref.prefix() + ": vetoed",
                                "explanation.veto.clause",
                                Explanations.args("clause", clause.id(), "wording", wording(clause))));
                    }
                }
            }
            scores[secondary] = close(sec, deducted, zeroOut, lines);
        }
        return new Result(scores, vetoed);
    }

    /** Adds the DEDUCTION (and CAP) line of one clause and returns what it really deducts. */
    private static BigDecimal deduct(
            StandardIndex.ClauseRef ref, long count, String label, List<ExplanationLine> lines) {
        Clause clause = ref.clause();
        boolean perUnit = clause.kind() == ClauseKind.PER_UNIT;
        BigDecimal raw = perUnit ? ref.amount().multiply(BigDecimal.valueOf(count)) : ref.amount();
        String text = perUnit
                ? ref.prefix() + " ×" + count + " = -" + Decimals.text(raw)
                : ref.prefix() + " = -" + Decimals.text(raw);
        lines.add(new ExplanationLine(
                ExplanationKind.DEDUCTION,
                clause.id(),
                label,
                count,
                raw.negate(),
                clause.text(),
                text,
                perUnit ? "explanation.deduction.perUnit" : "explanation.deduction.flat",
                Explanations.args(
                        "clause",
                        clause.id(),
                        "wording",
                        wording(clause),
                        "count",
                        count,
                        "points",
                        Decimals.text(raw))));
        if (ref.cap() != null && raw.compareTo(ref.cap()) > 0) {
            BigDecimal cut = raw.subtract(ref.cap());
            lines.add(new ExplanationLine(
                    ExplanationKind.CAP,
                    clause.id(),
                    label,
                    null,
                    cut,
                    clause.text(),
                    "[" + clause.id() + "] cap " + Decimals.text(ref.cap()) + ": -" + Decimals.text(cut)
                            + " not deducted",
                    "explanation.cap",
                    Explanations.args(
                            "clause", clause.id(), "cap", Decimals.text(ref.cap()), "cut", Decimals.text(cut))));
            return ref.cap();
        }
        return raw;
    }

    private static SecondaryScore close(
            StandardIndex.SecondaryRef sec,
            BigDecimal deducted,
            StandardIndex.ClauseRef zeroOut,
            List<ExplanationLine> lines) {
        BigDecimal points = sec.points();
        String name = sec.indicator().name();
        if (zeroOut != null) {
            // whatever the deductions left is lost too
            BigDecimal lost = points.subtract(deducted.min(points));
            Clause clause = zeroOut.clause();
            lines.add(new ExplanationLine(
                    ExplanationKind.ZERO_OUT,
                    clause.id(),
                    sec.label(),
                    null,
                    lost.negate(),
                    clause.text(),
                    zeroOut.prefix() + ": " + sec.label() + " scores 0 = -" + Decimals.text(lost),
                    "explanation.zeroOut",
                    Explanations.args(
                            "clause",
                            clause.id(),
                            "wording",
                            wording(clause),
                            "indicator",
                            sec.label(),
                            "lost",
                            Decimals.text(lost))));
            return new SecondaryScore(name, points, Decimals.ZERO, points, true);
        }
        if (deducted.compareTo(points) > 0) {
            BigDecimal excess = Decimals.two(deducted.subtract(points));
            lines.add(new ExplanationLine(
                    ExplanationKind.FLOOR,
                    sec.ruleRef(),
                    sec.label(),
                    null,
                    excess,
                    null,
                    "[" + sec.ruleRef() + "] " + sec.label() + " floor 0.00: -" + Decimals.text(excess)
                            + " not deducted",
                    "explanation.floor",
                    Explanations.args(
                            "rule", sec.ruleRef(), "indicator", sec.label(), "excess", Decimals.text(excess))));
            return new SecondaryScore(name, points, Decimals.ZERO, points, false);
        }
        BigDecimal d = Decimals.two(deducted);
        return new SecondaryScore(name, points, points.subtract(d), d, false);
    }

    private static String wording(Clause clause) {
        return clause.text() == null ? "" : clause.text();
    }
}
