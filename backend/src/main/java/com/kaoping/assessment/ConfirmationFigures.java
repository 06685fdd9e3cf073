package com.kaoping.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the leadership group weighs before confirming one assessment (docs/scale.md, "The leadership group's run"),
 * read from stored figures, never from whole score cards.
 *
 * @param selfTotal the branch's own total (its self-assessment's score card); null before it submitted
 * @param reviewedBase the base score after the departments' review
 * @param reviewedTotal the reviewed base plus the bonuses as endorsed (as declared where no department endorses them,
 *     rule 88), after the bonus caps: what approving as it stands gives
 * @param declaredPoints the points the branch declared, summed over its {@code declaredCount} bonus claims
 * @param endorsedPoints the points the departments endorsed, summed over the {@code endorsedCount} claims they
 *     endorsed with more than 0 points (rule 88 has no department: the leadership group alone decides it)
 * @param vetoClauses the veto clauses (kind VETO, e.g. 61.6) that the reviewed findings report: the vetoes proposed to
 *     the leadership group, in clause order; the veto rules (89–97) are the group's own decision at confirmation
 */
public record ConfirmationFigures(
        long assessmentId,
        String branchCode,
        BigDecimal selfTotal,
        BigDecimal reviewedBase,
        BigDecimal reviewedTotal,
        BigDecimal declaredPoints,
        int declaredCount,
        BigDecimal endorsedPoints,
        int endorsedCount,
        List<String> vetoClauses) {}
