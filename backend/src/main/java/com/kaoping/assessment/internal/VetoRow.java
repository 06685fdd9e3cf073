package com.kaoping.assessment.internal;

import java.time.Instant;

/** A row of kp_veto. */
class VetoRow {
    Long id;
    long assessmentId;
    int ruleNumber;
    String reason;
    String appliedBy;
    Instant appliedAt;
}
