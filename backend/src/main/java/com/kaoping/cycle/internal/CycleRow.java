package com.kaoping.cycle.internal;

import com.kaoping.cycle.CycleSummary;
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
    int rectificationDays;
    /** Written when the cycle is opened; read through {@link CycleMapper#openingBatchSize}. */
    Integer openingBatchSize;

    Instant createdAt;
    String createdBy;
    Instant publishedAt;
    Instant finalisedAt;
    int branchCount;

    CycleSummary summary() {
        return new CycleSummary(
                id,
                cycleYear,
                quarter,
                standardCode,
                standardVersion,
                status,
                publicityPeriod,
                rectificationDays,
                publishedAt,
                finalisedAt);
    }
}
