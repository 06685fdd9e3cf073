package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.org.IndicatorOwners;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.JsonBodies;
import java.util.List;
import org.springframework.stereotype.Component;

/** 加分申报: the branch's complete list of bonus claims under rules 85–88 (an empty list: none). */
@Component
class BonusDeclarationStep implements TaskStep {

    private final AssessmentSteps steps;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final IndicatorOwners owners;
    private final History history;
    private final JsonBodies bodies;

    BonusDeclarationStep(
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

    record Form(List<BonusInput> bonuses, String comment) {}

    @Override
    public String taskKey() {
        return "bonusDeclaration";
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
        List<BonusClaim> claims = FormChecks.bonuses(engine, form.bonuses(), "bonuses");
        Ownership ownership = Ownership.of(engine.standard(), owners);
        mapper.deleteBonuses(assessment.id);
        for (int i = 0; i < claims.size(); i++) {
            BonusClaim claim = claims.get(i);
            BonusRow row = new BonusRow();
            row.assessmentId = assessment.id;
            row.ruleNumber = claim.rule();
            boolean perIndicator = FormChecks.rule(engine, claim.rule()).scope() == BonusScope.INDICATOR;
            row.indicator = perIndicator ? claim.indicator() : null;
            // 85–87 are endorsed by the indicator's department; 88 by the leadership group alone
            row.department = perIndicator ? ownership.departmentOfIndicator().get(claim.indicator()) : null;
            row.declaredPoints = claim.points();
            row.note = Inputs.text(form.bonuses().get(i).note(), "bonuses[" + i + "].note");
            mapper.insertBonus(row);
        }
        if (submit) {
            assessment.endorsementRound++;
            assessment.reviewedCard = scorer.write(
                    scorer.reviewed(assessment, mapper.findings(assessment.id), mapper.bonuses(assessment.id)));
            mapper.update(assessment);
            history.record(
                    assessment.id,
                    task.user().username(),
                    "BONUS_DECLARED",
                    claims.isEmpty()
                            ? "No bonus declared"
                            : claims.stream()
                                    .map(c -> c.rule() + (c.indicator() == null ? "" : " " + c.indicator()) + " +"
                                            + c.points())
                                    .reduce((a, b) -> a + "; " + b)
                                    .orElse(""),
                    Inputs.text(form.comment(), "comment"));
        }
    }
}
