package com.kaoping.assessment;

import java.math.BigDecimal;

/**
 * What a branch reported in one department's indicators (its own self-assessment): for the reviewer's workbench.
 *
 * @param findings clauses with a count above 0
 * @param points what those findings alone cost, scored by the assessment's own standard version (caps and zero-outs
 *     applied)
 */
public record DepartmentFindings(long assessmentId, String branchCode, int findings, BigDecimal points) {}
