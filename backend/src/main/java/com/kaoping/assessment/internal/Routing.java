package com.kaoping.assessment.internal;

import com.kaoping.assessment.AssessmentRouting;
import com.kaoping.org.IndicatorOwners;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The BPMN gateways' answers, from the rounds' decisions stored by the task steps. */
@Component("assessmentRouting")
class Routing implements AssessmentRouting {

    static final String REVIEW = "departmentReview";
    static final String ENDORSEMENT = "bonusEndorsement";
    static final String CONFIRMATION = "leadershipConfirmation";

    private final AssessmentMapper mapper;
    private final AssessmentRegistry registry;
    private final Scorer scorer;
    private final IndicatorOwners owners;

    Routing(AssessmentMapper mapper, AssessmentRegistry registry, Scorer scorer, IndicatorOwners owners) {
        this.owners = owners;
        this.mapper = mapper;
        this.registry = registry;
        this.scorer = scorer;
    }

    @Override
    public List<String> reviewDepartments(long assessmentId) {
        AssessmentRow assessment = registry.get(assessmentId);
        if (assessment.reviewScope == null || assessment.reviewScope.isBlank()) {
            return Ownership.of(scorer.engine(assessment).standard(), owners).departments();
        }
        return Arrays.asList(assessment.reviewScope.split(","));
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
                .anyMatch(d -> Decision.RETURN.name().equals(d.decision));
    }
}
