package com.kaoping.assessment.internal;

import java.time.Instant;

/**
 * A row of kp_decision: one approve/return of a review, endorsement or confirmation round. A decision is never
 * changed once stored.
 */
record DecisionRow(
        Long id,
        long assessmentId,
        String step,
        int roundNumber,
        String department,
        String decision,
        String commentText,
        String decidedBy,
        Instant decidedAt) {

    /** A decision taken now, not yet stored ({@code id} null). */
    static DecisionRow of(
            long assessmentId,
            String step,
            int round,
            String department,
            Decision decision,
            String comment,
            String by) {
        return new DecisionRow(
                null, assessmentId, step, round, department, decision.name(), comment, by, Instant.now());
    }
}
