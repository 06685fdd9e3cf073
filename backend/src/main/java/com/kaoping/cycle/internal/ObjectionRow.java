package com.kaoping.cycle.internal;

import java.time.Instant;

/** A row of kp_objection. */
class ObjectionRow {
    Long id;
    long assessmentId;
    long cycleId;
    String branchCode;
    String reason;
    String raisedBy;
    Instant raisedAt;
    String status;
    String answer;
    String answeredBy;
    Instant answeredAt;

    View view() {
        return new View(
                id,
                assessmentId,
                cycleId,
                branchCode,
                reason,
                raisedBy,
                raisedAt,
                status,
                answer,
                answeredBy,
                answeredAt);
    }

    /** An objection as the API shows it. */
    record View(
            long id,
            long assessmentId,
            long cycleId,
            String branch,
            String reason,
            String raisedBy,
            Instant raisedAt,
            String status,
            String answer,
            String answeredBy,
            Instant answeredAt) {}
}
