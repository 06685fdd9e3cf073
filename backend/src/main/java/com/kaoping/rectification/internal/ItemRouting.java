package com.kaoping.rectification.internal;

import com.kaoping.rectification.RectificationRouting;
import java.util.List;
import org.springframework.stereotype.Service;

/** The rectification process's routing, from the items the task steps just wrote (same transaction). */
@Service
record ItemRouting(RectificationMapper mapper) implements RectificationRouting {
    @Override
    public List<String> checkDepartments(long assessmentId) {
        return mapper.ofAssessment(assessmentId).stream()
                .filter(i -> ItemState.PLANNED.name().equals(i.state))
                .map(i -> i.department)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public boolean anyAwaitingPlan(long assessmentId) {
        return mapper.ofAssessment(assessmentId).stream()
                .anyMatch(i -> ItemState.valueOf(i.state).awaitsPlan());
    }
}
