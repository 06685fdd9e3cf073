package com.kaoping.assessment.internal;

import com.kaoping.assessment.ProcessState;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.security.CurrentUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the home page, 我的考核 and 已办 show (issue 10): a branch's own assessments of every quarter with their stage
 * and score, and what the signed-in user has done, with a link to each assessment (docs/i18n.md for the texts).
 */
@RestController
record MyWorkController(
        AssessmentMapper mapper,
        LockedResultMapper locked,
        AssessmentResults results,
        Scorer scorer,
        ProcessState process,
        CurrentUser currentUser,
        History history,
        AssessmentRepository repository,
        DisplayNames names) {
    static final int MAX_DONE = 200;

    /**
     * One assessment of the branch: {@code stage} as on GET /api/assessments/{id}; {@code score} the newest card's
     * total (final, else reviewed, else self), null before submission; {@code returnComment} the latest return's.
     */
    record MyAssessment(
            long id,
            long cycleId,
            String branch,
            String stage,
            List<String> activeTasks,
            boolean locked,
            String scoreKind,
            java.math.BigDecimal score,
            String grade,
            Integer gradeLevel,
            boolean vetoed,
            String returnComment,
            String returnedBy,
            Instant returnedAt,
            List<String> reviewDepartments,
            Map<String, String> reviewDecisions) {}

    /** A branch's own assessments, newest quarter first; every other role has none. */
    @GetMapping("/api/me/assessments")
    List<MyAssessment> myAssessments() {
        UserAccount user = currentUser.get();
        if (user.role() != Role.BRANCH || user.branchCode() == null) {
            return List.of();
        }
        return mapper.ofBranch(user.branchCode()).stream().map(this::summary).toList();
    }

    private MyAssessment summary(AssessmentRow a) {
        List<String> active = process.activeTaskKeys(a.processInstanceId);
        String stage = AssessmentController.stage(a, active);
        LockedResultRow latest = a.locked ? locked.latest(a.id) : null;
        ScoreCard card;
        String kind;
        if (latest != null) {
            card = results.read(latest.content).card();
            kind = "final";
        } else if (a.reviewedCard != null) {
            card = scorer.readCard(a.reviewedCard);
            kind = "reviewed";
        } else {
            card = scorer.readCard(a.selfCard);
            kind = card == null ? null : "self";
        }
        DecisionRow lastReturn = mapper.decisions(a.id).stream()
                .filter(d -> Decision.RETURN.name().equals(d.decision()))
                .reduce((first, second) -> second)
                .orElse(null);
        return new MyAssessment(
                a.id,
                a.cycleId,
                a.branchCode,
                stage,
                active,
                a.locked,
                kind,
                card == null ? null : card.totalScore(),
                card == null ? null : card.grade(),
                card == null ? null : card.gradeLevel(),
                card != null && card.vetoed(),
                lastReturn == null ? null : lastReturn.commentText(),
                lastReturn == null ? null : names.of(lastReturn.decidedBy()),
                lastReturn == null ? null : lastReturn.decidedAt(),
                a.reviewRound == 0 ? List.of() : repository.read(a.id).reviewDepartments(),
                reviewDecisions(a));
    }

    /** The departments' decisions of the current review round (the round the branch's last submission opened). */
    private Map<String, String> reviewDecisions(AssessmentRow a) {
        Map<String, String> out = new java.util.TreeMap<>();
        if (a.reviewRound > 0) {
            mapper.decisionsOfRound(a.id, Routing.REVIEW, a.reviewRound)
                    .forEach(d -> out.put(d.department(), d.decision()));
        }
        return out;
    }

    /** One thing the user did: the history entry, in the reader's language, with its assessment. */
    record Done(long assessmentId, long cycleId, String branch, String action, String detail, Instant at) {}

    /** 已办: what the signed-in user did, newest first, at most 200 entries. */
    @GetMapping("/api/me/done")
    List<Done> done() {
        UserAccount user = currentUser.get();
        Map<Long, AssessmentRow> assessments = new HashMap<>();
        return mapper.historyBy(user.username(), MAX_DONE).stream()
                .map(h -> {
                    AssessmentRow a = assessments.computeIfAbsent(h.assessmentId, mapper::find);
                    return new Done(h.assessmentId, a.cycleId, a.branchCode, h.action, history.detail(h), h.at);
                })
                .toList();
    }
}
