package com.kaoping.assessment.internal;

import java.time.Instant;

/** A row of kp_decision: one approve/return of a review, endorsement or confirmation round. */
class DecisionRow {
    Long id;
    long assessmentId;
    String step;
    int roundNumber;
    String department;
    String decision;
    String commentText;
    String decidedBy;
    Instant decidedAt;

    static DecisionRow of(
            long assessmentId,
            String step,
            int round,
            String department,
            Decision decision,
            String comment,
            String by) {
        DecisionRow row = new DecisionRow();
        row.assessmentId = assessmentId;
        row.step = step;
        row.roundNumber = round;
        row.department = department;
        row.decision = decision.name();
        row.commentText = comment;
        row.decidedBy = by;
        row.decidedAt = Instant.now();
        return row;
    }
}
