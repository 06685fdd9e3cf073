package com.kaoping.assessment;

/** What the BPMN delegates ask of the assessment feature. */
public interface AssessmentLifecycle {

    /**
     * Creates the assessment of one branch in one cycle, or returns the one that exists: unique per
     * (branch, cycle), so a retried job never opens a branch twice.
     *
     * @return the assessment's id
     */
    long register(long cycleId, String branchCode, String processInstanceId);

    /** Locks the approved result: from now on every write is refused; stores the hash-chained result. */
    void lock(long assessmentId);
}
