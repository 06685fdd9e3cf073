package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentRouting;
import java.util.List;
import org.springframework.stereotype.Component;

/** The BPMN gateways' answers, from the rounds' decisions stored by the task steps. */
@Component
record Routing(AssessmentMapper mapper, AssessmentRegistry registry, AssessmentRepository assessments)
        implements AssessmentRouting {
    static final String REVIEW = "departmentReview";
    static final String ENDORSEMENT = "bonusEndorsement";
    static final String CONFIRMATION = "leadershipConfirmation";

    @Override
    public List<String> reviewDepartments(long assessmentId) {
        return assessments.read(assessmentId).reviewDepartments();
    }

    @Override
    public boolean reviewReturned(long assessmentId) {
        return anyReturn(assessmentId, REVIEW, registry.get(assessmentId).reviewRound);
    }

    @Override
    public boolean resumeAtConfirmation(long assessmentId) {
        return registry.get(assessmentId).resumeAtConfirmation;
    }

    @Override
    public List<String> endorsementDepartments(long assessmentId) {
        return mapper.bonuses(assessmentId).stream()
                .map(b -> b.department)
                .filter(d -> d != null)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public boolean endorsementReturned(long assessmentId) {
        return anyReturn(assessmentId, ENDORSEMENT, registry.get(assessmentId).endorsementRound);
    }

    @Override
    public boolean confirmationReturned(long assessmentId) {
        return anyReturn(assessmentId, CONFIRMATION, registry.get(assessmentId).confirmationRound);
    }

    private boolean anyReturn(long assessmentId, String step, int round) {
        return mapper.decisionsOfRound(assessmentId, step, round).stream()
                .anyMatch(d -> Decision.RETURN.name().equals(d.decision()));
    }
}
