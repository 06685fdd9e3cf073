package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.LockedFindings;
import com.kaoping.assessment.LockedResult;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The read side of {@link com.kaoping.assessment.Assessments} for reports: whole records and paged streams. */
@Component
record AssessmentReads(AssessmentRegistry registry, AssessmentMapper mapper, LockedResultMapper locked, Scorer scorer) {

    /** Assessments per page of {@link #forEachLocked}: two queries a page, a bounded amount in memory. */
    static final int PAGE = 200;

    AssessmentRecord record(long id, java.util.function.Function<LockedResultRow, LockedResult> toResult) {
        AssessmentRow a = registry.get(id);
        LockedResultRow latest = locked.latest(id);
        return new AssessmentRecord(
                a.ref(),
                a.standardCode,
                a.standardVersion,
                mapper.findings(id).stream().map(AssessmentReads::finding).toList(),
                mapper.bonuses(id).stream()
                        .map(b -> new AssessmentRecord.Bonus(
                                b.ruleNumber,
                                b.indicator,
                                b.department,
                                b.declaredPoints,
                                b.endorsedPoints,
                                b.confirmedPoints,
                                b.note))
                        .toList(),
                mapper.vetoes(id).stream()
                        .map(v -> new AssessmentRecord.Veto(v.ruleNumber(), v.reason(), v.appliedBy(), v.appliedAt()))
                        .toList(),
                scorer.readCard(a.selfCard),
                scorer.readCard(a.reviewedCard),
                latest == null ? null : toResult.apply(latest),
                locked.revisions(id).stream()
                        .map(r -> new AssessmentRecord.Revision(
                                r.revision, r.contentHash, r.reason, r.createdBy, r.createdAt))
                        .toList(),
                mapper.decisions(id).stream()
                        .filter(d -> Routing.CONFIRMATION.equals(d.step())
                                && Decision.APPROVE.name().equals(d.decision()))
                        .map(d -> new AssessmentRecord.Confirmation(d.decidedBy(), d.decidedAt(), d.commentText()))
                        .toList());
    }

    void forEachLocked(
            long cycleId,
            java.util.function.Function<LockedResultRow, LockedResult> toResult,
            Consumer<LockedFindings> each) {
        String after = null;
        while (true) {
            List<AssessmentRow> page = mapper.lockedPage(cycleId, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            List<Long> ids = page.stream().map(a -> a.id).toList();
            Map<Long, LockedResultRow> results =
                    locked.latestOf(ids).stream().collect(Collectors.toMap(r -> r.assessmentId, r -> r));
            Map<Long, List<AssessmentRecord.Finding>> findings = mapper.findingsOf(ids).stream()
                    .collect(Collectors.groupingBy(
                            f -> f.assessmentId, Collectors.mapping(AssessmentReads::finding, Collectors.toList())));
            for (AssessmentRow a : page) {
                LockedResultRow result = results.get(a.id);
                if (result != null) {
                    each.accept(new LockedFindings(toResult.apply(result), findings.getOrDefault(a.id, List.of())));
                }
            }
            after = page.get(page.size() - 1).branchCode;
        }
    }

    private static AssessmentRecord.Finding finding(FindingRow f) {
        return new AssessmentRecord.Finding(
                f.clauseId, f.department, f.selfCount, f.selfNote, f.reviewedCount(), f.reviewNote, f.reviewedBy);
    }
}
