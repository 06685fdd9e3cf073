package com.kaoping.assessment.internal;

import com.kaoping.assessment.ClauseHistory;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.PrimaryScore;
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
     * What a reviewer of {@code department} may see (docs/security.md, V8): the totals of every indicator, but
     * clause-level findings, bonuses, decisions, explanation lines and history only of its own department's
     * indicators and colleagues; corrections without their reasons.
     */
    AssessmentView forReviewer(String department, Ownership ownership, Set<String> colleagues) {
        Map<String, ScoreCard> limited = new LinkedHashMap<>();
        scores.forEach((name, card) -> limited.put(name, card == null ? null : limit(card, department, ownership)));
        return new AssessmentView(
                id,
                cycleId,
                branch,
                stage,
                activeTasks,
                locked,
                standardCode,
                standardVersion,
                findings.stream().filter(f -> department.equals(f.department())).toList(),
                bonuses.stream().filter(b -> department.equals(b.department())).toList(),
                vetoes,
                limited,
                decisions.stream()
                        .filter(d -> department.equals(d.department()))
                        .toList(),
                history.stream().filter(h -> colleagues.contains(h.actor())).toList(),
                revisions.stream()
                        .map(r -> new RevisionView(
                                r.revision(), r.contentHash(), r.previousHash(), null, r.createdBy(), r.createdAt()))
                        .toList(),
                tampered,
                lastQuarter.stream()
                        .filter(p -> department.equals(p.department()))
                        .toList(),
                repeatedDeductions.stream()
                        .filter(r -> department.equals(r.previous().department()))
                        .toList(),
                selfComment);
    }

    private static ScoreCard limit(ScoreCard card, String department, Ownership ownership) {
        Map<String, String> byIndicator = ownership.departmentOfIndicator();
        List<PrimaryScore> indicators = card.indicators().stream()
                .map(p -> department.equals(byIndicator.get(p.name()))
                        ? p
                        : new PrimaryScore(p.name(), p.maxScore(), p.score(), p.bonus(), List.of()))
                .toList();
        List<ExplanationLine> lines = card.explanation().stream()
                .filter(line -> ownsLine(line, department, ownership))
                .toList();
        return new ScoreCard(
                card.standardCode(),
                card.standardVersion(),
                card.baseScore(),
                card.bonusScore(),
                card.totalScore(),
                card.vetoed(),
                card.grade(),
                card.gradeLevel(),
                indicators,
                lines,
                card.bonusCaps().stream()
                        .filter(cap -> cap.indicator() == null || department.equals(byIndicator.get(cap.indicator())))
                        .toList());
    }

    /** A line belongs to the department of its clause, else of its primary indicator; a veto line to everyone. */
    private static boolean ownsLine(ExplanationLine line, String department, Ownership ownership) {
        String byClause = line.ref() == null ? null : ownership.departmentOf(line.ref());
        if (byClause != null) {
            return department.equals(byClause);
        }
        if (line.indicator() == null) {
            return true;
        }
        String primary = line.indicator().split(" / ", 2)[0];
        return department.equals(ownership.departmentOfIndicator().get(primary));
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
