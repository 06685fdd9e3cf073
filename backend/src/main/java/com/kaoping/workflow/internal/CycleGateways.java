package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleRouting;
import java.util.List;
import org.springframework.stereotype.Component;

/** The cycle process's expressions ({@code ${cycleRouting.branchBatches(cycleId)}}), asking the cycle feature. */
@Component("cycleRouting")
public record CycleGateways(CycleRouting routing) {
    public List<Integer> branchBatches(long cycleId) {
        return routing.branchBatches(cycleId);
    }
}
