package com.kaoping.report.internal;

import com.kaoping.assessment.AssessmentAccess;
import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.AssessmentRef;
import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.MaterialScope;
import com.kaoping.assessment.MaterialVisibility;
import com.kaoping.cycle.CycleResults;
import com.kaoping.cycle.CycleSummary;
import com.kaoping.cycle.RankedResult;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.ForbiddenException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Gathers what an export prints, authorised exactly like its JSON equivalent (docs/reports.md): an assessment's
 * score sheet like GET /api/assessments/{id} (its own branch, reviewers — other departments' indicators as totals
 * only, by the same {@link MaterialScope} as the JSON —, the leadership group, administrators); a cycle's ranking and
 * notice like GET
 * /api/cycles/{id}/ranking (insiders always, everyone else once published); a cycle's deductions for the leadership
 * group and administrators, and for a reviewer its own department's findings.
 */
@Service
record ReportReads(
        AssessmentAccess access,
        Assessments assessments,
        MaterialVisibility visibility,
        CycleResults cycles,
        StandardCatalog standards,
        BranchNames names) {

    ScoreSheet scoreSheet(long assessmentId, UserAccount reader) {
        AssessmentRef ref = access.checkReadable(assessmentId, reader);
        MaterialScope scope = visibility.scope(assessmentId, reader);
        AssessmentRecord record = scope.limit(assessments.record(assessmentId));
        return ScoreSheet.of(
                cycles.cycle(ref.cycleId()),
                names.of(ref.branchCode()),
                standards.get(record.standardCode(), record.standardVersion()),
                record,
                scope);
    }

    RankingTable ranking(long cycleId, UserAccount reader) {
        List<RankedResult> ranked = cycles.ranking(cycleId, reader);
        CycleSummary cycle = cycles.cycle(cycleId);
        Standard standard = standards.get(cycle.standardCode(), cycle.standardVersion());
        return new RankingTable(
                cycle,
                standard,
                ranked,
                names.of(ranked.stream().map(r -> r.result().branchCode()).toList()));
    }

    CycleSummary cycle(long cycleId) {
        return cycles.cycle(cycleId);
    }

    /** Streams the cycle's deductions the reader may see into the workbook, then writes it out; returns its rows. */
    int deductions(long cycleId, UserAccount reader, OutputStream out) throws IOException {
        cycles.cycle(cycleId);
        if (reader.role() == Role.BRANCH) {
            throw new ForbiddenException("problem.report.deductionsForbidden");
        }
        try (DeductionsWorkbook book = new DeductionsWorkbook(names.all(), departments(reader))) {
            assessments.forEachLocked(cycleId, book.sink());
            book.write(out);
            return book.rows();
        }
    }

    /** A reviewer sees the findings (and notes) of its own department; everyone else who may read sees all. */
    private static Predicate<String> departments(UserAccount reader) {
        if (reader.role() == Role.REVIEWER) {
            return d -> Objects.equals(d, reader.orgUnitCode());
        }
        return d -> true;
    }
}
