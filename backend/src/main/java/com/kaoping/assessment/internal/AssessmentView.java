package com.kaoping.assessment.internal;

import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /api/assessments/{id}: the whole assessment, its score cards side by side ({@code self, reviewed, final});
 * {@code tampered}: the stored locked result no longer matches its hash (the final card is not to be relied on).
 */
record AssessmentView(
        long id,
        long cycleId,
        String branch,
        String stage,
        List<String> activeTasks,
        boolean locked,
        String standardCode,
        int standardVersion,
        List<FindingView> findings,
        List<BonusView> bonuses,
        List<VetoView> vetoes,
        Map<String, ScoreCard> scores,
        List<DecisionView> decisions,
        List<HistoryView> history,
        List<RevisionView> revisions,
        boolean tampered) {

    record FindingView(
            String clause,
            String department,
            Integer selfCount,
            String selfNote,
            Integer reviewedCount,
            boolean adjusted,
            String reviewNote,
            String reviewedBy) {}

    record BonusView(
            int rule,
            String indicator,
            String department,
            BigDecimal declared,
            BigDecimal endorsed,
            BigDecimal confirmed,
            String note,
            String adjustNote) {}

    record VetoView(int rule, String reason, String appliedBy, Instant appliedAt) {}

    record DecisionView(
            String step, int round, String department, String decision, String comment, String by, Instant at) {}

    record HistoryView(String actor, String action, String detail, String reason, Instant at) {}

    record RevisionView(
            int revision,
            String contentHash,
            String previousHash,
            String reason,
            String createdBy,
            Instant createdAt) {}
}
