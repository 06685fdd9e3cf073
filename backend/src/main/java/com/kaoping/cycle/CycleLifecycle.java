package com.kaoping.cycle;

/** What the BPMN delegates ask of the cycle feature. */
public interface CycleLifecycle {

    /**
     * Called in the transaction that locked an assessment of the cycle: locks the cycle's row, then tells whether
     * every branch of the cycle is locked now. Serialised over the cycle, so of assessments locking at once exactly
     * the last one sees {@code true}.
     */
    boolean assessmentLocked(long cycleId);

    /** Every branch is locked and the leadership group published: the ranking becomes visible, publicity starts. */
    void published(long cycleId);

    /** The publicity period has ended: the cycle is final. */
    void finalised(long cycleId);
}
