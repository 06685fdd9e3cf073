package com.kaoping.assessment;

import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assessment as a report prints it (score sheet, PDF report): its material, its score cards and who signed it
 * off. Read-only and whole; what a reader may see of it is {@link MaterialScope#limit(AssessmentRecord)}, after
 * {@link AssessmentAccess}.
 *
 * @param selfCard      the branch's self-assessment scored, or null before submission
 * @param reviewedCard  the reviewed findings scored, or null before review
 * @param result        the newest locked revision, or null until locked
 * @param revisions     every locked revision, oldest first
 * @param confirmations the leadership group's approvals (who confirmed, when)
 */
public record AssessmentRecord(
        AssessmentRef ref,
        String standardCode,
        int standardVersion,
        List<Finding> findings,
        List<Bonus> bonuses,
        List<Veto> vetoes,
        ScoreCard selfCard,
        ScoreCard reviewedCard,
        LockedResult result,
        List<Revision> revisions,
        List<Confirmation> confirmations) {

    /** A finding of one clause: the branch's count and note, and the department's adjustment if any. */
    public record Finding(
            String clause,
            String department,
            Integer selfCount,
            String selfNote,
            Integer reviewedCount,
            String reviewNote,
            String reviewedBy) {}

    /**
     * A bonus declared by the branch, endorsed by its department and confirmed by the leadership group.
     *
     * @param department the department that endorses it (the indicator's, rules 85–87), null for the leadership
     *                   group's rule 88
     */
    public record Bonus(
            int rule,
            String indicator,
            String department,
            BigDecimal declared,
            BigDecimal endorsed,
            BigDecimal confirmed,
            String note) {}

    public record Veto(int rule, String reason, String appliedBy, Instant appliedAt) {}

    public record Revision(int revision, String contentHash, String reason, String createdBy, Instant createdAt) {}

    public record Confirmation(String by, Instant at, String comment) {}

    /** The newest locked revision's score card, else the reviewed one, else the self-assessment's. */
    public ScoreCard latestCard() {
        return result != null ? result.card() : reviewedCard != null ? reviewedCard : selfCard;
    }
}
