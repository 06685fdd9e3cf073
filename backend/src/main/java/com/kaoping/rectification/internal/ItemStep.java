package com.kaoping.rectification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.web.ConflictException;
import com.kaoping.web.JsonBodies;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A task of the rectification process, completed through the shared task pipeline (docs/architecture.md, "One task
 * completion"): reads its form strictly, then works on the assessment's items, locked for the transaction.
 *
 * @param <F> the task's form
 */
abstract class ItemStep<F> implements TaskStep {

    /** What both steps need, injected as one bean. */
    @Component
    record Support(JsonBodies bodies, RectificationMapper mapper) {}

    private final String taskKey;
    private final Class<F> formType;
    final RectificationMapper mapper;
    private final JsonBodies bodies;

    ItemStep(String taskKey, Class<F> formType, Support support) {
        this.taskKey = taskKey;
        this.formType = formType;
        this.mapper = support.mapper();
        this.bodies = support.bodies();
    }

    @Override
    public final String taskKey() {
        return taskKey;
    }

    final F read(JsonNode body) {
        return bodies.read(body, formType);
    }

    /** The items of the task's assessment, locked ({@code SELECT … FOR UPDATE}) so concurrent checks serialise. */
    final List<ItemRow> lockedItems(TaskContext task) {
        if (task.assessmentId() == null) {
            throw new ConflictException("problem.task.noAssessment", "task", task.taskId());
        }
        return mapper.ofAssessmentForUpdate(task.assessmentId());
    }
}
