package com.kaoping.workflow.internal;

import com.kaoping.rectification.RectificationRouting;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rectification process's expressions ({@code ${rectificationRouting.checkDepartments(assessmentId)}}), asking
 * the rectification feature's port (docs/rectification.md). Public because JUEL finds methods of public classes only.
 */
@Component("rectificationRouting")
public record RectificationGateways(RectificationRouting routing) {
    public List<String> checkDepartments(long assessmentId) {
        return routing.checkDepartments(assessmentId);
    }

    public boolean anyAwaitingPlan(long assessmentId) {
        return routing.anyAwaitingPlan(assessmentId);
    }
}
