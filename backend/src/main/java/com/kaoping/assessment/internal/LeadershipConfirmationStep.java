package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 领导小组认定: the leadership group confirms bonuses (rule 88 above all), applies vetoes with reasons, and
 * approves — the process then locks the result — or returns the assessment to one department.
 */
@Component
class LeadershipConfirmationStep extends AssessmentStep<LeadershipConfirmationStep.Form> {

    record Form(String decision, List<VetoInput> vetoes, List<BonusInput> bonuses, String department, String comment) {}

    LeadershipConfirmationStep(Support support) {
        super(Routing.CONFIRMATION, Form.class, support);
    }

    @Override
    void complete(TaskContext task, Form form, Loader assessment) {
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the department");
        String actor = task.user().username();
        if (verdict.approved()) {
            assessment.load().confirm(verdict, form.vetoes(), form.bonuses(), actor);
        } else {
            assessment.load().returnToDepartment(form.department(), verdict, actor);
        }
    }
}
