package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The leadership group approved: lock the result and tell the branch. The last assessment of a cycle to lock moves
 * the cycle on ({@code allAssessmentsLocked}); the cycle's row lock makes "the last" unambiguous.
 */
@Component("lockAssessmentDelegate")
record LockAssessmentDelegate(
        AssessmentLifecycle assessments,
        Notifications notifications,
        CycleLifecycle cycles,
        NotificationMessages messages)
        implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        long assessmentId = Variables.assessmentId(execution);
        assessments.lock(assessmentId);
        long cycleId = Variables.cycleId(execution);
        if (cycles.assessmentLocked(cycleId)) {
            execution
                    .getProcessEngineServices()
                    .getRuntimeService()
                    .createMessageCorrelation(CamundaProcessState.ALL_LOCKED_MESSAGE)
                    .processInstanceBusinessKey(Long.toString(cycleId))
                    .correlateWithResult();
        }
        String branch = Variables.branchCodeOrNull(execution);
        if (branch != null) {
            notifications.toGroup(
                    CandidateGroups.branch(branch),
                    Kind.LOCKED,
                    messages.of("notification.locked", null, execution),
                    assessmentId,
                    null);
        }
    }
}
