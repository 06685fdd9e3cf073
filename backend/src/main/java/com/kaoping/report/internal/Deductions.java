package com.kaoping.report.internal;

import com.kaoping.scoring.ExplanationKind;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each clause and each rule of a score card cost: its DEDUCTION less what a CAP gave back, or what a ZERO_OUT
 * took; the secondary indicator's FLOOR is not a clause's and shows only in the indicator's score.
 */
final class Deductions {

    private static final Set<ExplanationKind> CLAUSE_KINDS =
            Set.of(ExplanationKind.DEDUCTION, ExplanationKind.CAP, ExplanationKind.ZERO_OUT);

    private final Map<String, BigDecimal> byClause = new HashMap<>();
    private final Map<Integer, BigDecimal> byRule = new HashMap<>();

    Deductions(ScoreCard card) {
        if (card == null) {
            return;
        }
        for (ExplanationLine line : card.explanation()) {
            if (CLAUSE_KINDS.contains(line.kind())
                    && line.ref() != null
                    && line.ref().contains(".")) {
                BigDecimal lost = line.points().negate();
                byClause.merge(line.ref(), lost, BigDecimal::add);
                byRule.merge(rule(line.ref()), lost, BigDecimal::add);
            }
        }
    }

    static int rule(String clause) {
        return Integer.parseInt(clause.substring(0, clause.indexOf('.')));
    }

    /** Points the clause cost (≥ 0), or null when it cost nothing. */
    BigDecimal ofClause(String clause) {
        return byClause.get(clause);
    }

    /** Points the rule's clauses cost together, or null when they cost nothing. */
    BigDecimal ofRule(int rule) {
        return byRule.get(rule);
    }
}
