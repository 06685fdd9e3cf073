package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leadership group approved: lock the result and tell the branch. */
@Component("lockAssessmentDelegate")
class LockAssessmentDelegate implements JavaDelegate {

    private final AssessmentLifecycle assessments;
    private final Notifications notifications;

    LockAssessmentDelegate(AssessmentLifecycle assessments, Notifications notifications) {
        this.assessments = assessments;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long assessmentId = Variables.assessmentId(execution);
        assessments.lock(assessmentId);
        String branch = Variables.branchCodeOrNull(execution);
        if (branch != null) {
            notifications.toGroup(CandidateGroups.branch(branch), Kind.LOCKED,
                    NotificationMessages.of("Result locked", execution), assessmentId, null);
        }
    }
}
