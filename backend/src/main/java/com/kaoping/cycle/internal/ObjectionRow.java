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
}
