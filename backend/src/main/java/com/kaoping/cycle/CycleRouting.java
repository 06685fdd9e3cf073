package com.kaoping.cycle;

import java.util.List;

/** Exposed to BPMN expressions as the bean {@code cycleRouting}. */
public interface CycleRouting {

    /** The codes of the branches taking part in the cycle, in a stable order. */
    List<String> branchCodes(long cycleId);
}
