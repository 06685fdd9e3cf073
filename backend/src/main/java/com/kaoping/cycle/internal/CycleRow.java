package com.kaoping.cycle.internal;

import java.time.Instant;

/** A row of kp_cycle. */
class CycleRow {
    Long id;
    int cycleYear;
    int quarter;
    String standardCode;
    int standardVersion;
    String status;
    String processInstanceId;
    Instant selfAssessmentDue;
    Instant reviewDue;
    Instant bonusDue;
    Instant confirmationDue;
    String publicityPeriod;
    Instant createdAt;
    String createdBy;
    Instant publishedAt;
    Instant finalisedAt;
    int branchCount;
}
