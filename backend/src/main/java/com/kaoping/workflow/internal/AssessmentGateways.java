package com.kaoping.workflow.internal;

import com.kaoping.assessment.AssessmentRouting;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The assessment process's gateway expressions ({@code ${assessmentRouting.reviewReturned(assessmentId)}}): BPMN
 * calls beans of this feature only, which ask the assessment feature's port (docs/architecture.md, "Where Camunda
 * lives"). Public because the expression language finds methods of public classes only.
 */
@Component("assessmentRouting")
public record AssessmentGateways(AssessmentRouting routing) {
    public List<String> reviewDepartments(long assessmentId) {
        return routing.reviewDepartments(assessmentId);
    }

    public boolean reviewReturned(long assessmentId) {
        return routing.reviewReturned(assessmentId);
    }

    public boolean resumeAtConfirmation(long assessmentId) {
        return routing.resumeAtConfirmation(assessmentId);
    }

    public List<String> endorsementDepartments(long assessmentId) {
        return routing.endorsementDepartments(assessmentId);
    }

    public boolean endorsementReturned(long assessmentId) {
        return routing.endorsementReturned(assessmentId);
    }

    public boolean confirmationReturned(long assessmentId) {
        return routing.confirmationReturned(assessmentId);
    }
}
