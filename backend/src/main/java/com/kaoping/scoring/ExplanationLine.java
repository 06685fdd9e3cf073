package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of a score card's explanation (扣分明细).
 *
 * @param kind      what happened
 * @param ref       the clause id ({@code 31.4}) or rule number ({@code 85}) responsible
 * @param indicator the primary indicator (and, for deductions, {@code primary / secondary}) concerned, or null
 * @param count     the finding's count for DEDUCTION lines, else null
 * @param points    the effect on the score: negative for deductions, zero-outs and bonus cuts, positive for
 *                  bonuses and for the part of a deduction given back by a clause CAP or the FLOOR, 0 for a
 *                  veto; the points of all lines of a card add up to total − Σ primary points
 * @param wording   the seed's wording of the clause or rule, verbatim
 * @param text      a one-line summary, e.g. {@code [1.1] 每少1次扣0.2分 ×3 = -0.60}; the application replaces it by
 *                  {@code code} rendered in the reader's language (docs/i18n.md)
 * @param code      the message code of the line, e.g. {@code explanation.cap}; null on a card stored before lines
 *                  carried one
 * @param args      the code's named arguments (clause, figures already written with two decimals), in order
 */
public record ExplanationLine(
        ExplanationKind kind,
        String ref,
        String indicator,
        Long count,
        BigDecimal points,
        String wording,
        String text,
        String code,
        Map<String, String> args) {

    public ExplanationLine {
        args = args == null ? Map.of() : Explanations.ordered(args);
    }

    /** The same line with another text (rendered in a reader's language). */
    public ExplanationLine withText(String rendered) {
        return new ExplanationLine(kind, ref, indicator, count, points, wording, rendered, code, args);
    }
}
