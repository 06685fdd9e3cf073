package com.kaoping.assessment.internal;

import com.kaoping.assessment.ClauseHistory;
import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/assessments/{id}: the whole assessment, its score cards side by side ({@code self, reviewed, final});
 * {@code tampered}: the stored locked result no longer matches its hash (the final card is not to be relied on);
 * {@code lastQuarter}: the branch's rectification items of the quarter before, and {@code repeatedDeductions}: the
 * clauses that cost points then and are recorded again now (重复扣分, docs/rectification.md).
 * {@code selfComment}: the branch's comment (意见) of its self-assessment, kept with drafts too.
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
        boolean tampered,
        List<ClauseHistory.PriorItem> lastQuarter,
        List<RepeatedDeduction> repeatedDeductions,
        String selfComment) {

    /**
     * What a reviewer may see (docs/security.md §5, the rule of {@link ReaderScope}): the totals of every indicator,
     * but clause-level findings, bonuses, decisions, explanation lines and history only of its own department's
     * indicators and colleagues; corrections without their reasons.
     */
    AssessmentView forReviewer(ReaderScope scope, Set<String> colleagues) {
        Map<String, ScoreCard> limited = new LinkedHashMap<>();
        scores.forEach((name, card) -> limited.put(name, scope.limit(card)));
        return new AssessmentView(
                id,
                cycleId,
                branch,
                stage,
                activeTasks,
                locked,
                standardCode,
                standardVersion,
                findings.stream().filter(f -> scope.sees(f.department())).toList(),
                bonuses.stream().filter(b -> scope.sees(b.department())).toList(),
                vetoes,
                limited,
                decisions.stream().filter(d -> scope.sees(d.department())).toList(),
                history.stream().filter(h -> colleagues.contains(h.actor())).toList(),
                revisions.stream()
                        .map(r -> new RevisionView(
                                r.revision(), r.contentHash(), r.previousHash(), null, r.createdBy(), r.createdAt()))
                        .toList(),
                tampered,
                lastQuarter.stream().filter(p -> scope.sees(p.department())).toList(),
                repeatedDeductions.stream()
                        .filter(r -> scope.sees(r.previous().department()))
                        .toList(),
                selfComment);
    }

    /** {@code finalCount}: the count of the newest locked revision (after a correction, the corrected one). */
    record FindingView(
            String clause,
            String department,
            Integer selfCount,
            String selfNote,
            Integer reviewedCount,
            Integer finalCount,
            boolean adjusted,
            String reviewNote,
            String reviewedBy,
            ClauseHistory.PriorItem previous,
            boolean repeated) {}

    /** A clause (or veto rule) that cost points last quarter and is recorded again, with last quarter's item. */
    record RepeatedDeduction(String clause, int count, ClauseHistory.PriorItem previous) {}

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

    /**
     * {@code detail} and {@code text}: what changed, in the reader's language, from {@code code} and {@code args}
     * (both null and empty on an entry stored before codes).
     */
    record HistoryView(
            String actor,
            String actorName,
            String action,
            String detail,
            String text,
            String code,
            Map<String, Object> args,
            String reason,
            Instant at) {}

    record RevisionView(
            int revision,
            String contentHash,
            String previousHash,
            String reason,
            String createdBy,
            Instant createdAt) {}
}
