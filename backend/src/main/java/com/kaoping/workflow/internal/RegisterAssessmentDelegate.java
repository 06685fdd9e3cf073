package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates (or finds, on a retried job) the assessment row of this process instance. */
@Component("registerAssessmentDelegate")
record RegisterAssessmentDelegate(AssessmentLifecycle assessments) implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        String branchCode = Variables.branchCodeOrNull(execution);
        if (branchCode == null) {
            throw new IllegalStateException("Process variable branchCode is missing");
        }
        long id = assessments.register(Variables.cycleId(execution), branchCode, execution.getProcessInstanceId());
        execution.setVariable(Variables.ASSESSMENT_ID, id);
    }
}
