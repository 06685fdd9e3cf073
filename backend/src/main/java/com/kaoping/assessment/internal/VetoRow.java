package com.kaoping.assessment.internal;

import com.kaoping.scoring.VetoClaim;
import java.time.Instant;

/** A row of kp_veto. A veto is never changed once stored: a new confirmation deletes them all and inserts anew. */
record VetoRow(Long id, long assessmentId, int ruleNumber, String reason, String appliedBy, Instant appliedAt) {

    /** A veto applied now, not yet stored ({@code id} null). */
    static VetoRow of(long assessmentId, VetoClaim veto, String appliedBy) {
        return new VetoRow(null, assessmentId, veto.rule(), veto.reason(), appliedBy, Instant.now());
    }
}
