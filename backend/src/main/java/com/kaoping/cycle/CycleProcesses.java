package com.kaoping.cycle;

import java.time.Instant;
import java.util.Map;

/** The cycle's process, as the cycle feature needs it; implemented by the workflow feature. */
public interface CycleProcesses {

    /** Starts the cycle process in the caller's transaction; returns its process instance id. */
    String start(
            long cycleId,
            Instant selfAssessmentDue,
            Instant reviewDue,
            Instant bonusDue,
            Instant confirmationDue,
            String publicityPeriod);

    /** Per task key, how many assessments of the cycle wait there. */
    Map<String, Integer> waitingPerTask(long cycleId);

    /** Opens an objection answer for the leadership group during the publicity period. */
    void raiseObjection(String cycleProcessInstanceId, long objectionId);
}
