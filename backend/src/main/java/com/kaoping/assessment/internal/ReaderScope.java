package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.LockedResult;
import com.kaoping.assessment.MaterialScope;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.PrimaryScore;
import com.kaoping.scoring.ScoreCard;
import java.util.List;
import java.util.Map;

/**
 * {@link MaterialScope} of one reader of one assessment: everything, or a reviewer's department under the
 * assessment's ownership (docs/security.md §5). Used by the assessment's JSON ({@link AssessmentView#forReviewer}),
 * the evidence list and the downloads, so all three hide the same things.
 */
final class ReaderScope implements MaterialScope {

    static final ReaderScope EVERYTHING = new ReaderScope(false, null, null);

    private final boolean limited;
    private final String department;
    private final Ownership ownership;

    private ReaderScope(boolean limited, String department, Ownership ownership) {
        this.limited = limited;
        this.department = department;
        this.ownership = ownership;
    }

    /** A reviewer of {@code department} (without one, it sees no clause-level material at all). */
    static ReaderScope reviewer(String department, Ownership ownership) {
        return new ReaderScope(true, department, ownership);
    }

    @Override
    public boolean limited() {
        return limited;
    }

    @Override
    public boolean sees(String owner) {
        return !limited || (department != null && department.equals(owner));
    }

    @Override
    public boolean seesClause(String clauseId) {
        return !limited || sees(ownership.departmentOf(clauseId));
    }

    @Override
    public boolean seesIndicator(String primary) {
        return !limited || sees(ownership.departmentOfIndicator().get(primary));
    }

    /** A line belongs to the department of its clause, else of its primary indicator; a veto line to everyone. */
    @Override
    public boolean seesLine(ExplanationLine line) {
        if (!limited) {
            return true;
        }
        String byClause = line.ref() == null ? null : ownership.departmentOf(line.ref());
        if (byClause != null) {
            return sees(byClause);
        }
        if (line.indicator() == null) {
            return true;
        }
        return seesIndicator(line.indicator().split(" / ", 2)[0]);
    }

    @Override
    public ScoreCard limit(ScoreCard card) {
        if (!limited || card == null) {
            return card;
        }
        Map<String, String> byIndicator = ownership.departmentOfIndicator();
        List<PrimaryScore> indicators = card.indicators().stream()
                .map(p -> seesIndicator(p.name())
                        ? p
                        : new PrimaryScore(p.name(), p.maxScore(), p.score(), p.bonus(), List.of()))
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
                card.explanation().stream().filter(this::seesLine).toList(),
                card.bonusCaps().stream()
                        .filter(cap -> cap.indicator() == null || sees(byIndicator.get(cap.indicator())))
                        .toList());
    }

    @Override
    public AssessmentRecord limit(AssessmentRecord r) {
        if (!limited) {
            return r;
        }
        LockedResult result = r.result();
        return new AssessmentRecord(
                r.ref(),
                r.standardCode(),
                r.standardVersion(),
                r.findings().stream().filter(f -> sees(f.department())).toList(),
                r.bonuses().stream().filter(b -> sees(b.department())).toList(),
                r.vetoes(),
                limit(r.selfCard()),
                limit(r.reviewedCard()),
                result == null
                        ? null
                        : new LockedResult(
                                result.assessmentId(),
                                result.branchCode(),
                                result.revision(),
                                limit(result.card()),
                                result.contentHash(),
                                result.lockedAt(),
                                result.tampered()),
                r.revisions().stream()
                        .map(v -> new AssessmentRecord.Revision(
                                v.revision(), v.contentHash(), null, v.createdBy(), v.createdAt()))
                        .toList(),
                r.confirmations().stream()
                        .map(c -> new AssessmentRecord.Confirmation(c.by(), c.at(), null))
                        .toList());
    }
}
