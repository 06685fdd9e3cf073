package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.org.IndicatorOwners;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.JsonBodies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 部门审核: a department confirms or adjusts the branch's findings on its own indicators (each change with a
 * reason) and approves or returns the assessment. Findings omitted: confirmed as they are.
 */
@Component
class DepartmentReviewStep implements TaskStep {

    private final AssessmentSteps steps;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final IndicatorOwners owners;
    private final History history;
    private final JsonBodies bodies;

    DepartmentReviewStep(
            AssessmentSteps steps,
            AssessmentMapper mapper,
            Scorer scorer,
            History history,
            JsonBodies bodies,
            IndicatorOwners owners) {
        this.owners = owners;
        this.steps = steps;
        this.mapper = mapper;
        this.scorer = scorer;
        this.history = history;
        this.bodies = bodies;
    }

    record Form(String decision, List<FindingInput> findings, String comment) {}

    @Override
    public String taskKey() {
        return Routing.REVIEW;
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        Form form = bodies.read(body, Form.class);
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the branch");
        Decision decision = verdict.decision();
        String comment = verdict.comment();
        String department = task.user().orgUnitCode();
        if (department == null) {
            throw new ForbiddenException("Only a department's reviewer reviews");
        }
        AssessmentRow assessment = steps.lockForWrite(task);
        ScoringEngine engine = scorer.engine(assessment);
        List<Finding> findings = FormChecks.findings(engine, form.findings(), "findings");
        Ownership ownership = Ownership.of(engine.standard(), owners);
        Map<String, FindingRow> rows =
                mapper.findings(assessment.id).stream().collect(Collectors.toMap(r -> r.clauseId, Function.identity()));

        List<String> changes = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            FindingInput entry = form.findings().get(i);
            if (!department.equals(ownership.departmentOf(finding.clause()))) {
                throw new BadRequestException(
                        "findings[" + i + "].clause",
                        "clause " + finding.clause() + " is not on an indicator of " + department);
            }
            FindingRow row = rows.get(finding.clause());
            Integer before = row == null ? null : row.reviewedCount();
            int after = (int) finding.count();
            if (Objects.equals(before == null ? 0 : before, after)) {
                continue;
            }
            String note = Inputs.required(
                    entry.note(),
                    "findings[" + i + "].note",
                    "findings[" + i + "].note: a changed finding needs a reason");
            if (row == null) {
                row = new FindingRow();
                row.assessmentId = assessment.id;
                row.clauseId = finding.clause();
                row.department = department;
            }
            row.reviewCount = after;
            row.reviewNote = note;
            row.reviewedBy = task.user().username();
            row.updatedAt = now;
            if (row.id == null) {
                mapper.insertFinding(row);
            } else {
                mapper.updateFinding(row);
            }
            changes.add(finding.clause() + ": " + (before == null ? 0 : before) + " → " + after + " (" + note + ")");
        }
        mapper.insertDecision(DecisionRow.of(
                assessment.id,
                Routing.REVIEW,
                assessment.reviewRound,
                department,
                decision,
                comment,
                task.user().username()));
        assessment.reviewedCard = scorer.write(
                scorer.reviewed(assessment, mapper.findings(assessment.id), mapper.bonuses(assessment.id)));
        mapper.update(assessment);
        history.record(
                assessment.id,
                task.user().username(),
                decision == Decision.APPROVE ? "REVIEW_APPROVED" : "REVIEW_RETURNED",
                department + (changes.isEmpty() ? ": findings confirmed" : ": " + String.join("; ", changes)),
                comment);
    }
}
