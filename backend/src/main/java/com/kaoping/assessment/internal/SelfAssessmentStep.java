package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import java.util.List;
import org.springframework.stereotype.Component;

/** 自评: the branch's complete list of findings (an empty list: no deficiency), as a draft or submitted. */
@Component
class SelfAssessmentStep extends AssessmentStep.WithDraft<SelfAssessmentStep.Form> {

    record Form(List<FindingInput> findings, String comment) {}

    SelfAssessmentStep(Support support) {
        super("selfAssessment", Form.class, support);
    }

    @Override
    void write(TaskContext task, Form form, Assessment assessment, boolean submit) {
        var findings = Inputs.requiredList(form.findings(), "findings", "problem.findings.required");
        assessment.selfAssess(findings, form.comment(), submit, task.user().username());
    }
}
