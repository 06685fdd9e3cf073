package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentRouting;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Execution listener expressions on the return flows of the assessment model, as the bean
 * {@code returnNotifier}: {@code ${returnNotifier.toBranch(execution)}} and
 * {@code ${returnNotifier.toDepartments(execution)}}. The message is the flow's name as modelled.
 * Public because JUEL only calls methods of public classes.
 */
@Component("returnNotifier")
public record ReturnNotifier(
        Notifications notifications, AssessmentRouting routing, Deadlines deadlines, NotificationMessages messages) {
    /** A review or endorsement round sent the assessment back to the branch. */
    public void toBranch(DelegateExecution execution) {
        deadlines.renewAfterReturn(execution, target(execution));
        notifications.toGroup(
                CandidateGroups.branch(Variables.branchCodeOrNull(execution)),
                Kind.RETURNED,
                messages.of("notification.returned.branch", target(execution), execution),
                Variables.assessmentId(execution),
                null);
    }

    /** The leadership group sent the assessment back to the department(s) that must review again. */
    public void toDepartments(DelegateExecution execution) {
        deadlines.renewAfterReturn(execution, target(execution));
        long assessmentId = Variables.assessmentId(execution);
        com.kaoping.web.Text message = messages.of("notification.returned.department", target(execution), execution);
        routing.reviewDepartments(assessmentId)
                .forEach(department -> notifications.toGroup(
                        CandidateGroups.department(department), Kind.RETURNED, message, assessmentId, null));
    }

    /** The step the return flow leads back to. */
    private static String target(DelegateExecution execution) {
        return execution.getBpmnModelElementInstance() instanceof SequenceFlow flow
                ? flow.getTarget().getId()
                : null;
    }
}
