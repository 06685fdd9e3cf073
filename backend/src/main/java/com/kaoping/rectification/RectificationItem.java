package com.kaoping.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One rectification item (整改事项) as {@code GET /api/rectifications} answers it.
 *
 * @param clause     the clause id ({@code 1.1}), or the rule number of a veto rule ({@code 89})
 * @param kind       {@code DEDUCTION}, {@code ZERO_OUT} or {@code VETO}
 * @param deduction  the points the clause cost in the locked result (after its cap; 0 for a veto)
 * @param reviewNote the reviewer's note on the finding (else the branch's), or a veto's reason
 * @param department the department that owns the clause's indicator and checks the item
 * @param state      {@code OPEN}, {@code PLANNED}, {@code RETURNED} or {@code CLOSED}
 * @param overdue    not closed and past its due date
 * @param checks     every check of the item, oldest first
 */
public record RectificationItem(
        long id,
        long assessmentId,
        long cycleId,
        int year,
        int quarter,
        String branch,
        String clause,
        String kind,
        String wording,
        BigDecimal deduction,
        String reviewNote,
        String department,
        Instant due,
        String state,
        boolean overdue,
        String measures,
        String responsible,
        LocalDate plannedDate,
        String evidence,
        String plannedBy,
        Instant plannedAt,
        String checkReason,
        String checkedBy,
        Instant checkedAt,
        Instant closedAt,
        List<Check> checks) {

    /** One department check: {@code accept} or {@code return}, with its reason. */
    public record Check(String decision, String reason, String by, Instant at) {}
}
