package com.kaoping.assessment;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The business side of one task key: validates the task's form and writes what it decides, inside the
 * transaction that then completes the Camunda task. Implemented per task key, also by other features.
 */
public interface TaskStep {

    String taskKey();

    /** Validates the whole body first (400 naming the field, nothing written), then writes. */
    void complete(TaskContext task, JsonNode body);

    /** Saves the form without completing the task; by default there is nothing to save. */
    default void saveDraft(TaskContext task, JsonNode body) {
        throw new com.kaoping.web.ConflictException("problem.task.noDraft", "taskKey", taskKey());
    }
}
