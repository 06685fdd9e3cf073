package com.kaoping.assessment;

import com.kaoping.org.UserAccount;
import java.util.Map;

/**
 * The task being completed and by whom.
 *
 * @param assessmentId the assessment of an assessment-process task, else null
 * @param cycleId      the cycle the task belongs to
 * @param variables    the process variables visible from the task (e.g. {@code objectionId})
 */
public record TaskContext(
        String taskId,
        String taskKey,
        String processInstanceId,
        Long assessmentId,
        long cycleId,
        UserAccount user,
        Map<String, Object> variables) {}
