package com.kaoping.cycle;

/** What the BPMN delegates ask of the cycle feature. */
public interface CycleLifecycle {

    /** Every branch is locked and the leadership group published: the ranking becomes visible, publicity starts. */
    void published(long cycleId);

    /** The publicity period has ended: the cycle is final. */
    void finalised(long cycleId);
}
