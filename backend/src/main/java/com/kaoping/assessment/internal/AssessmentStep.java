package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.web.JsonBodies;

/**
 * A task of the assessment process: reads its form and makes one call on the {@link Assessment} aggregate, which the
 * base class loads locked for the transaction (docs/architecture.md, "One task completion").
 *
 * @param <F> the task's form, read strictly from the request body
 */
abstract class AssessmentStep<F> implements TaskStep {

    private final String taskKey;
    final Class<F> formType;
    final Support support;

    /** What every step needs, injected as one bean. */
    @org.springframework.stereotype.Component
    record Support(AssessmentRepository assessments, JsonBodies bodies) {}

    AssessmentStep(String taskKey, Class<F> formType, Support support) {
        this.taskKey = taskKey;
        this.formType = formType;
        this.support = support;
    }

    @Override
    public final String taskKey() {
        return taskKey;
    }

    @Override
    public final void complete(TaskContext task, JsonNode body) {
        F form = support.bodies().read(body, formType);
        complete(task, form, () -> support.assessments().lockForWrite(task));
    }

    /** Validates what the form alone decides, then loads the aggregate (not before: it locks the row) and calls it. */
    abstract void complete(TaskContext task, F form, Loader assessment);

    /** Steps with drafts save the form without completing the task; the others have none. */
    abstract static class WithDraft<F> extends AssessmentStep<F> {

        WithDraft(String taskKey, Class<F> formType, Support support) {
            super(taskKey, formType, support);
        }

        @Override
        public final void saveDraft(TaskContext task, JsonNode body) {
            F form = support.bodies().read(body, formType);
            write(task, form, support.assessments().lockForWrite(task), false);
        }

        @Override
        final void complete(TaskContext task, F form, Loader assessment) {
            write(task, form, assessment.load(), true);
        }

        abstract void write(TaskContext task, F form, Assessment assessment, boolean submit);
    }

    interface Loader {
        Assessment load();
    }
}
