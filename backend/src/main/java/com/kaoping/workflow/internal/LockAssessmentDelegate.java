package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leadership group approved: lock the result. */
@Component("lockAssessmentDelegate")
class LockAssessmentDelegate implements JavaDelegate {

    private final AssessmentLifecycle assessments;

    LockAssessmentDelegate(AssessmentLifecycle assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.lock(Variables.assessmentId(execution));
    }
}
