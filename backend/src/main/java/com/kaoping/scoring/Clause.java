package com.kaoping.scoring;

import java.math.BigDecimal;

/**
 * One deduction inside a rule, addressed as {@code <rule>.<n>} (a public contract, e.g. {@code 31.4}).
 *
 * @param id     {@code <rule>.<n>}, n counting the rule's deductions from 1 in printed order
 * @param kind   how the clause deducts
 * @param amount points per unit (PER_UNIT) or per application (FLAT); null for ZERO_OUT and VETO
 * @param unit   the unit counted by a PER_UNIT clause (次, 篇, 人次, 项, 条); null otherwise
 * @param cap    the most this clause may deduct (最多扣X分), or null when uncapped
 * @param text   the part of the rule's wording that states this deduction, verbatim
 */
public record Clause(String id, ClauseKind kind, BigDecimal amount, String unit, BigDecimal cap, String text) {

    public boolean capped() {
        return cap != null;
    }

    /** The highest count a finding on this clause may carry. */
    public long maxCount() {
        return kind == ClauseKind.PER_UNIT ? MAX_PER_UNIT_COUNT : 1;
    }

    /** Counts of a per-unit clause run from 0 to this bound. */
    public static final long MAX_PER_UNIT_COUNT = 9999;
}
