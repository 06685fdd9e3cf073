package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.org.IndicatorOwners;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.JsonBodies;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** 自评: the branch's complete list of findings (an empty list: no deficiency), as a draft or submitted. */
@Component
class SelfAssessmentStep implements TaskStep {

    private final AssessmentSteps steps;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final IndicatorOwners owners;
    private final History history;
    private final JsonBodies bodies;

    SelfAssessmentStep(
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

    record Form(List<FindingInput> findings, String comment) {}

    @Override
    public String taskKey() {
        return "selfAssessment";
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        write(task, bodies.read(body, Form.class), true);
    }

    @Override
    public void saveDraft(TaskContext task, JsonNode body) {
        write(task, bodies.read(body, Form.class), false);
    }

    private void write(TaskContext task, Form form, boolean submit) {
        AssessmentRow assessment = steps.lockForWrite(task);
        ScoringEngine engine = scorer.engine(assessment);
        List<Finding> findings = FormChecks.findings(engine, form.findings(), "findings");
        String comment = Inputs.text(form.comment(), "comment");
        Ownership ownership = Ownership.of(engine.standard(), owners);

        Map<String, FindingInput> entries = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            entries.put(findings.get(i).clause(), form.findings().get(i));
        }
        Set<String> changedDepartments = new TreeSet<>();
        Instant now = Instant.now();
        for (FindingRow row : mapper.findings(assessment.id)) {
            FindingInput entry = entries.remove(row.clauseId);
            Integer count = entry == null
                    ? null
                    : (int) findings.stream()
                            .filter(f -> f.clause().equals(row.clauseId))
                            .findFirst()
                            .orElseThrow()
                            .count();
            if (!Objects.equals(count, row.selfCount)) {
                changedDepartments.add(row.department);
            }
            row.selfCount = count;
            row.selfNote = entry == null ? null : Inputs.text(entry.note(), "note");
            row.updatedAt = now;
            if (row.selfCount == null && row.reviewCount == null) {
                mapper.deleteFinding(row.id);
            } else {
                mapper.updateFinding(row);
            }
        }
        for (Finding finding : findings) {
            FindingInput entry = entries.get(finding.clause());
            if (entry == null) {
                continue;
            }
            FindingRow row = new FindingRow();
            row.assessmentId = assessment.id;
            row.clauseId = finding.clause();
            row.department = ownership.departmentOf(finding.clause());
            row.selfCount = (int) finding.count();
            row.selfNote = Inputs.text(entry.note(), "note");
            row.updatedAt = now;
            mapper.insertFinding(row);
            changedDepartments.add(row.department);
        }
        assessment.selfComment = comment;
        if (submit) {
            submit(assessment, changedDepartments, task);
        }
        mapper.update(assessment);
    }

    /** Scores the self-assessment and decides who reviews: everyone at first, then only who returned or is affected. */
    private void submit(AssessmentRow assessment, Set<String> changedDepartments, TaskContext task) {
        List<FindingRow> rows = mapper.findings(assessment.id);
        ScoreCard card = scorer.self(assessment, rows);
        assessment.selfCard = scorer.write(card);
        if (assessment.reviewRound == 0) {
            assessment.reviewScope = null;
        } else {
            Set<String> scope = new TreeSet<>(changedDepartments);
            mapper.decisionsOfRound(assessment.id, Routing.REVIEW, assessment.reviewRound).stream()
                    .filter(d -> Decision.RETURN.name().equals(d.decision))
                    .forEach(d -> scope.add(d.department));
            assessment.reviewScope = scope.isEmpty() ? null : String.join(",", scope);
        }
        assessment.reviewRound++;
        history.record(
                assessment.id,
                task.user().username(),
                "SELF_ASSESSMENT_SUBMITTED",
                rows.stream()
                                .filter(r -> r.selfCount != null && r.selfCount > 0)
                                .count() + " findings; self score " + card.totalScore()
                        + (assessment.reviewScope == null ? "" : "; to review: " + assessment.reviewScope),
                assessment.selfComment);
    }
}
