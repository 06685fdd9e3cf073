package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import java.util.List;
import org.springframework.stereotype.Component;

/** 加分申报: the branch's complete list of bonus claims under rules 85–88 (an empty list: none). */
@Component
class BonusDeclarationStep extends AssessmentStep.WithDraft<BonusDeclarationStep.Form> {

    record Form(List<BonusInput> bonuses, String comment) {}

    BonusDeclarationStep(Support support) {
        super("bonusDeclaration", Form.class, support);
    }

    @Override
    void write(TaskContext task, Form form, Assessment assessment, boolean submit) {
        var bonuses = Inputs.requiredList(form.bonuses(), "bonuses", "problem.bonuses.required");
        assessment.declareBonuses(bonuses, form.comment(), submit, task.user().username());
    }
}
