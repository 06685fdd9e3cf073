package com.kaoping.assessment.internal;

import java.time.Instant;

/** A row of kp_history: who did what to an assessment, when and why. */
class HistoryRow {
    Long id;
    long assessmentId;
    String actor;
    String action;
    String detail;
    String reason;
    Instant at;
}
