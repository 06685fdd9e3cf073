package com.kaoping.assessment.internal;

import com.kaoping.scoring.VetoClaim;
import java.time.Instant;

/** A row of kp_veto. */
class VetoRow {
    Long id;
    long assessmentId;
    int ruleNumber;
    String reason;
    String appliedBy;
    Instant appliedAt;

    static VetoRow of(long assessmentId, VetoClaim veto, String appliedBy) {
        VetoRow row = new VetoRow();
        row.assessmentId = assessmentId;
        row.ruleNumber = veto.rule();
        row.reason = veto.reason();
        row.appliedBy = appliedBy;
        row.appliedAt = Instant.now();
        return row;
    }
}
