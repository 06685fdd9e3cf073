package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.BadRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;

/** The findings of one assessment: the branch's counts and the departments' adjustments, clause by clause. */
@RequiredArgsConstructor
final class FindingsLedger {

    private final long assessmentId;
    private final ScoringEngine engine;
    private final Ownership ownership;
    private final AssessmentMapper mapper;

    /**
     * Replaces the branch's findings with the complete list sent.
     *
     * @return the departments whose indicators' findings changed
     */
    Set<String> recordSelf(List<FindingInput> entries) {
        List<Finding> sent = FormEntries.findings(engine, entries, "findings");
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            counts.put(sent.get(i).clause(), (int) sent.get(i).count());
            notes.put(sent.get(i).clause(), Inputs.text(entries.get(i).note(), "findings[" + i + "].note"));
        }
        Set<String> changed = new TreeSet<>();
        Instant now = Instant.now();
        for (FindingRow row : mapper.findings(assessmentId)) {
            Integer count = counts.remove(row.clauseId);
            if (!Objects.equals(count, row.selfCount)) {
                changed.add(row.department);
            }
            row.selfCount = count;
            row.selfNote = notes.get(row.clauseId);
            row.updatedAt = now;
            if (row.selfCount == null && row.reviewCount == null) {
                mapper.deleteFinding(row.id);
            } else {
                mapper.updateFinding(row);
            }
        }
        for (Finding finding : sent) {
            if (counts.containsKey(finding.clause())) {
                FindingRow row =
                        FindingRow.of(assessmentId, finding.clause(), ownership.departmentOf(finding.clause()));
                row.selfCount = (int) finding.count();
                row.selfNote = notes.get(finding.clause());
                row.updatedAt = now;
                mapper.insertFinding(row);
                changed.add(row.department);
            }
        }
        return changed;
    }

    /**
     * A department's adjustments of the findings on its own indicators; an entry equal to the current count changes
     * nothing, a changed one needs its reason.
     *
     * @return one line per change, for the history
     */
    List<String> recordReview(String department, List<FindingInput> entries, String reviewer) {
        List<Finding> sent = FormEntries.findings(engine, entries, "findings");
        Map<String, FindingRow> rows = new HashMap<>();
        mapper.findings(assessmentId).forEach(r -> rows.put(r.clauseId, r));
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "findings[" + i + "]";
            Finding finding = sent.get(i);
            if (!ownership.owns(department, finding.clause())) {
                throw new BadRequestException(
                        field + ".clause",
                        "problem.review.notOwnClause",
                        "clause",
                        finding.clause(),
                        "department",
                        department);
            }
            FindingRow row = rows.get(finding.clause());
            int before = row == null || row.reviewedCount() == null ? 0 : row.reviewedCount();
            int after = (int) finding.count();
            if (before == after) {
                continue;
            }
            String note = Inputs.required(entries.get(i).note(), field + ".note", "problem.review.changeNeedsReason");
            if (row == null) {
                row = FindingRow.of(assessmentId, finding.clause(), department);
            }
            row.reviewCount = after;
            row.reviewNote = note;
            row.reviewedBy = reviewer;
            row.updatedAt = Instant.now();
            if (row.id == null) {
                mapper.insertFinding(row);
            } else {
                mapper.updateFinding(row);
            }
            changes.add(finding.clause() + ": " + before + " → " + after + " (" + note + ")");
        }
        return changes;
    }
}
