package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A department endorses (or adjusts, with a reason) the declared 85–87 bonuses on its indicators, or returns them. */
@Component
class BonusEndorsementStep implements TaskStep {

    private final AssessmentSteps steps;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final History history;
    private final JsonBodies bodies;
    private final BonusAdjustments adjustments;

    BonusEndorsementStep(
            AssessmentSteps steps,
            AssessmentMapper mapper,
            Scorer scorer,
            History history,
            JsonBodies bodies,
            BonusAdjustments adjustments) {
        this.steps = steps;
        this.mapper = mapper;
        this.scorer = scorer;
        this.history = history;
        this.bodies = bodies;
        this.adjustments = adjustments;
    }

    record Form(String decision, List<BonusInput> bonuses, String comment) {}

    @Override
    public String taskKey() {
        return Routing.ENDORSEMENT;
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        Form form = bodies.read(body, Form.class);
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the branch");
        Decision decision = verdict.decision();
        String comment = verdict.comment();
        String department = task.user().orgUnitCode();
        if (department == null) {
            throw new ForbiddenException("Only a department's reviewer endorses bonuses");
        }
        AssessmentRow assessment = steps.lockForWrite(task);
        List<BonusRow> own = new ArrayList<>(mapper.bonuses(assessment.id).stream()
                .filter(b -> department.equals(b.department))
                .toList());
        List<String> changes = adjustments.apply(
                own,
                form.bonuses(),
                (row, points, note) -> {
                    row.endorsedPoints = points;
                    row.adjustNote = note;
                },
                BonusRow::endorsedOrDeclared);
        for (BonusRow row : own) {
            if (decision == Decision.APPROVE) {
                row.endorsedPoints = row.endorsedOrDeclared();
            }
            mapper.updateBonus(row);
        }
        mapper.insertDecision(DecisionRow.of(
                assessment.id,
                Routing.ENDORSEMENT,
                assessment.endorsementRound,
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
                decision == Decision.APPROVE ? "BONUS_ENDORSED" : "BONUS_RETURNED",
                department + (changes.isEmpty() ? ": as declared" : ": " + String.join("; ", changes)),
                comment);
    }
}
