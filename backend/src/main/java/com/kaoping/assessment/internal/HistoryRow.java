package com.kaoping.assessment.internal;

import java.time.Instant;

/**
 * A row of kp_history: who did what to an assessment, when and why; {@code detail} is the Chinese text of
 * {@code code} with {@code args} (JSON).
 */
class HistoryRow {
    Long id;
    long assessmentId;
    String actor;
    String action;
    String detail;
    String code;
    String args;
    String reason;
    Instant at;
}
