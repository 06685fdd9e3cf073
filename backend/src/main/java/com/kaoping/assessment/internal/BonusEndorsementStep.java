package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import java.util.List;
import org.springframework.stereotype.Component;

/** A department endorses (or adjusts, with a reason) the declared 85–87 bonuses on its indicators, or returns them. */
@Component
class BonusEndorsementStep extends AssessmentStep<BonusEndorsementStep.Form> {

    record Form(String decision, List<BonusInput> bonuses, String comment) {}

    BonusEndorsementStep(Support support) {
        super(Routing.ENDORSEMENT, Form.class, support);
    }

    @Override
    void complete(TaskContext task, Form form, Loader assessment) {
        Decision.Verdict verdict = Decision.Verdict.of(form.decision(), form.comment(), "the branch");
        String department = Reviewers.departmentOf(task.user(), "endorsement");
        assessment
                .load()
                .endorseBonuses(department, verdict, form.bonuses(), task.user().username());
    }
}
