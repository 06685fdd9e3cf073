package com.kaoping.assessment.internal;

import com.kaoping.assessment.ClauseHistory;
import com.kaoping.assessment.ProcessState;
import com.kaoping.assessment.internal.AssessmentView.BonusView;
import com.kaoping.assessment.internal.AssessmentView.DecisionView;
import com.kaoping.assessment.internal.AssessmentView.FindingView;
import com.kaoping.assessment.internal.AssessmentView.HistoryView;
import com.kaoping.assessment.internal.AssessmentView.RepeatedDeduction;
import com.kaoping.assessment.internal.AssessmentView.RevisionView;
import com.kaoping.assessment.internal.AssessmentView.VetoView;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class AssessmentController {

    private final AssessmentRegistry registry;
    private final AssessmentMapper mapper;
    private final LockedResultMapper locked;
    private final AssessmentResults results;
    private final ResultChain chain;
    private final Scorer scorer;
    private final ProcessState process;
    private final CurrentUser currentUser;
    private final ObjectProvider<ClauseHistory> clauseHistory;
    private final History history;
    private final DisplayNames names;

    @GetMapping("/api/assessments/{id}")
    AssessmentView get(@PathVariable long id) {
        UserAccount user = currentUser.get();
        registry.checkReadable(id, user);
        AssessmentRow a = registry.get(id);
        List<String> active = process.activeTaskKeys(a.processInstanceId);
        String stage = stage(a, active);
        // a reviewer sees the branch's findings on its own department's indicators only
        String onlyDepartment = user.role() == Role.REVIEWER ? user.orgUnitCode() : null;
        ClauseHistory prior = clauseHistory.getIfAvailable();
        Map<String, ClauseHistory.PriorItem> lastQuarter =
                prior == null ? Map.of() : prior.lastQuarter(a.branchCode, a.cycleId);
        List<RepeatedDeduction> repeated = new ArrayList<>();
        LockedResultRow latest = locked.latest(id);
        // the newest locked revision's counts: after a correction the tables show the corrected figures (issue 10)
        Map<String, Integer> finalCounts = new LinkedHashMap<>();
        if (latest != null) {
            results.read(latest.content).findings().forEach(f -> finalCounts.put(f.clause(), f.count()));
        }
        List<FindingView> findings = new ArrayList<>(mapper.findings(id).stream()
                .filter(f -> onlyDepartment == null || onlyDepartment.equals(f.department))
                .map(f -> {
                    ClauseHistory.PriorItem previous = lastQuarter.get(f.clauseId);
                    Integer count = f.reviewedCount();
                    // recorded again after costing points last quarter: 重复扣分 (docs/rectification.md)
                    boolean again = previous != null && count != null && count > 0;
                    if (again) {
                        repeated.add(new RepeatedDeduction(f.clauseId, count, previous));
                    }
                    return new FindingView(
                            f.clauseId,
                            f.department,
                            f.selfCount,
                            f.selfNote,
                            f.reviewedCount(),
                            latest == null ? null : finalCounts.getOrDefault(f.clauseId, 0),
                            f.reviewCount != null,
                            f.reviewNote,
                            f.reviewedBy,
                            previous,
                            again);
                })
                .toList());
        if (onlyDepartment == null) {
            // a clause a correction added has no row of its own
            java.util.Set<String> listed = new java.util.HashSet<>();
            findings.forEach(f -> listed.add(f.clause()));
            finalCounts.forEach((clause, count) -> {
                if (!listed.contains(clause)) {
                    findings.add(new FindingView(
                            clause, null, null, null, null, count, false, null, null, lastQuarter.get(clause), false));
                }
            });
        }
        List<BonusView> bonuses = mapper.bonuses(id).stream()
                .map(b -> new BonusView(
                        b.ruleNumber,
                        b.indicator,
                        b.department,
                        b.declaredPoints,
                        b.endorsedPoints,
                        b.confirmedPoints,
                        b.note,
                        b.adjustNote))
                .toList();
        List<VetoView> vetoes = mapper.vetoes(id).stream()
                .map(v -> new VetoView(v.ruleNumber(), v.reason(), v.appliedBy(), v.appliedAt()))
                .toList();
        for (VetoView v : vetoes) {
            ClauseHistory.PriorItem previous = lastQuarter.get(Integer.toString(v.rule()));
            if (previous != null) {
                repeated.add(new RepeatedDeduction(previous.clause(), 1, previous));
            }
        }
        boolean tampered = latest != null && results.toResult(latest).tampered();
        ScoreCard finalCard =
                latest == null ? null : results.read(latest.content).card();
        List<RevisionView> revisions = locked.revisions(id).stream()
                .map(r ->
                        new RevisionView(r.revision, r.contentHash, r.previousHash, r.reason, r.createdBy, r.createdAt))
                .toList();
        Map<String, String> actorNames = new java.util.HashMap<>();
        Map<String, ScoreCard> scores = new LinkedHashMap<>();
        scores.put("self", scorer.readCard(a.selfCard));
        scores.put("reviewed", scorer.readCard(a.reviewedCard));
        scores.put("final", finalCard);
        AssessmentView whole = new AssessmentView(
                id,
                a.cycleId,
                a.branchCode,
                stage,
                active,
                a.locked,
                a.standardCode,
                a.standardVersion,
                findings,
                bonuses,
                vetoes,
                scores,
                mapper.decisions(id).stream()
                        .map(d -> new DecisionView(
                                d.step(),
                                d.roundNumber(),
                                d.department(),
                                d.decision(),
                                d.commentText(),
                                d.decidedBy(),
                                d.decidedAt()))
                        .toList(),
                mapper.history(id).stream()
                        .map(h -> {
                            Text text = TextJson.read(h.code, h.args);
                            String detail = history.detail(h);
                            return new HistoryView(
                                    h.actor,
                                    actorNames.computeIfAbsent(h.actor, names::of),
                                    h.action,
                                    detail,
                                    detail,
                                    h.code,
                                    text == null ? Map.of() : text.args(),
                                    h.reason,
                                    h.at);
                        })
                        .toList(),
                revisions,
                tampered,
                List.copyOf(lastQuarter.values()),
                repeated,
                a.selfComment);
        return results.visibleTo(whole, a, user);
    }

    /** Where an assessment stands: locked, opening (no task yet), in review, or its one open task's key. */
    static String stage(AssessmentRow a, List<String> activeTasks) {
        if (a.locked) {
            return "locked";
        }
        if (activeTasks.isEmpty()) {
            return "opening";
        }
        return activeTasks.contains(Routing.REVIEW) ? Routing.REVIEW : activeTasks.get(0);
    }

    /** Walks the hash chain of every locked result and names the first broken link. */
    @GetMapping("/api/audit/chain")
    @PreAuthorize("hasRole('ADMIN')")
    ResultChain.ChainReport verifyChain() {
        return chain.verify();
    }
}
