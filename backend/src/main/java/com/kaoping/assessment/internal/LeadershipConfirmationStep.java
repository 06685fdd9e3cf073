package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import com.kaoping.org.IndicatorOwners;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.JsonBodies;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 领导小组认定: the leadership group confirms bonuses (rule 88 above all), applies vetoes with reasons, and
 * approves — the process then locks the result — or returns the assessment to one department.
 */
@Component
class LeadershipConfirmationStep implements TaskStep {

    private final AssessmentSteps steps;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final IndicatorOwners owners;
    private final History history;
    private final JsonBodies bodies;
    private final BonusAdjustments adjustments;

    LeadershipConfirmationStep(
            AssessmentSteps steps,
            AssessmentMapper mapper,
            Scorer scorer,
            History history,
            JsonBodies bodies,
            BonusAdjustments adjustments,
            IndicatorOwners owners) {
        this.owners = owners;
        this.steps = steps;
        this.mapper = mapper;
        this.scorer = scorer;
        this.history = history;
        this.bodies = bodies;
        this.adjustments = adjustments;
    }

    record Form(String decision, List<VetoInput> vetoes, List<BonusInput> bonuses, String department, String comment) {}

    @Override
    public String taskKey() {
        return Routing.CONFIRMATION;
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        Form form = bodies.read(body, Form.class);
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the department");
        Decision decision = verdict.decision();
        String comment = verdict.comment();
        AssessmentRow assessment = steps.lockForWrite(task);
        ScoringEngine engine = scorer.engine(assessment);
        String actor = task.user().username();
        if (decision == Decision.RETURN) {
            String department =
                    Inputs.required(form.department(), "department", "Name the department the assessment goes back to");
            if (!Ownership.of(engine.standard(), owners).departments().contains(department)) {
                throw new BadRequestException("department", "department " + department + " reviews no indicator");
            }
            assessment.confirmationRound++;
            mapper.insertDecision(DecisionRow.of(
                    assessment.id,
                    Routing.CONFIRMATION,
                    assessment.confirmationRound,
                    department,
                    decision,
                    comment,
                    actor));
            assessment.reviewScope = department;
            assessment.resumeAtConfirmation = true;
            assessment.reviewRound++;
            mapper.update(assessment);
            history.record(assessment.id, actor, "RETURNED_TO_DEPARTMENT", department, comment);
            return;
        }
        List<VetoClaim> vetoes = FormChecks.vetoes(engine, form.vetoes(), "vetoes");
        List<BonusRow> bonuses = mapper.bonuses(assessment.id);
        List<String> changes = adjustments.apply(
                bonuses,
                form.bonuses(),
                (row, points, note) -> {
                    row.confirmedPoints = points;
                    row.adjustNote = note;
                },
                BonusRow::confirmedOrEndorsed);
        for (BonusRow row : bonuses) {
            row.confirmedPoints = row.confirmedOrEndorsed();
            mapper.updateBonus(row);
        }
        mapper.deleteVetoes(assessment.id);
        for (VetoClaim veto : vetoes) {
            VetoRow row = new VetoRow();
            row.assessmentId = assessment.id;
            row.ruleNumber = veto.rule();
            row.reason = veto.reason();
            row.appliedBy = actor;
            row.appliedAt = Instant.now();
            mapper.insertVeto(row);
            history.record(assessment.id, actor, "VETOED", "Rule " + veto.rule(), veto.reason());
        }
        assessment.confirmationRound++;
        assessment.resumeAtConfirmation = false;
        mapper.insertDecision(DecisionRow.of(
                assessment.id, Routing.CONFIRMATION, assessment.confirmationRound, null, decision, comment, actor));
        mapper.update(assessment);
        history.record(
                assessment.id,
                actor,
                "CONFIRMED",
                changes.isEmpty() ? "Bonuses as endorsed" : String.join("; ", changes),
                comment);
    }
}
