package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentRef;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of kp_assessment. */
class AssessmentRow {
    Long id;
    long cycleId;
    String branchCode;
    String processInstanceId;
    boolean locked;
    String selfComment;
    String reviewScope;
    int reviewRound;
    int endorsementRound;
    int confirmationRound;
    boolean resumeAtConfirmation;
    String selfCard;
    String reviewedCard;
    /** the self card's total, the reviewed card's base and total, stored with the cards (V92; null before) */
    BigDecimal selfTotal;

    BigDecimal reviewedBase;
    BigDecimal reviewedTotal;
    Instant createdAt;
    Instant lockedAt;
    // from kp_cycle, for convenience
    String standardCode;
    int standardVersion;

    AssessmentRef ref() {
        return new AssessmentRef(id, cycleId, branchCode, locked);
    }
}
