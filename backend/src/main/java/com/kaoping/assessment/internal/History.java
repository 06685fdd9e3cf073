package com.kaoping.assessment.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Appends to an assessment's history: who, when, what changed, why. */
@Component
record History(AssessmentMapper mapper) {
    void record(long assessmentId, String actor, String action, String detail, String reason) {
        HistoryRow row = new HistoryRow();
        row.assessmentId = assessmentId;
        row.actor = actor;
        row.action = action;
        row.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
        row.reason = reason;
        row.at = Instant.now();
        mapper.insertHistory(row);
    }
}
