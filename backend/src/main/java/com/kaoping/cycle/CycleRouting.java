package com.kaoping.cycle;

import java.util.List;

/** The cycle's branches and their opening batches, asked by the workflow feature's gateway bean. */
public interface CycleRouting {

    /** The codes of the branches taking part in the cycle, in a stable order. */
    List<String> branchCodes(long cycleId);

    /** The indexes (0, 1, …) of the batches the cycle's branches are opened in, up to 100 branches each by default. */
    List<Integer> branchBatches(long cycleId);

    /** The codes of the branches in one batch, in the same stable order. */
    List<String> branchCodes(long cycleId, int batch);
}
