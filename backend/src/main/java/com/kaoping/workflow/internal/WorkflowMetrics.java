package com.kaoping.workflow.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Kaoping's own workflow metrics, from the engine's Spring events (camunda.bpm.eventing): tasks completed per task
 * key, assessments opened (the opening's progress) and results locked. Counted when the engine's transaction
 * commits, so a job that rolls back and is retried counts once.
 */
@Component
class WorkflowMetrics {

    static final String TASKS_COMPLETED = "kaoping.tasks.completed";
    static final String ASSESSMENTS_OPENED = "kaoping.assessments.opened";
    static final String ASSESSMENTS_LOCKED = "kaoping.assessments.locked";

    private final MeterRegistry meters;
    private final Counter opened;
    private final Counter locked;

    WorkflowMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.opened = Counter.builder(ASSESSMENTS_OPENED)
                .description("Assessments opened (registered) by cycle openings on this node")
                .register(meters);
        this.locked = Counter.builder(ASSESSMENTS_LOCKED)
                .description("Assessment results locked on this node")
                .register(meters);
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    void onTaskCompleted(DelegateTask task) {
        Counter counter = Counter.builder(TASKS_COMPLETED)
                .description("User tasks completed on this node, by task key")
                .tag("task", String.valueOf(task.getTaskDefinitionKey()))
                .register(meters);
        afterCommit(counter);
    }

    @EventListener(condition = "#execution.eventName == 'end'")
    void onActivityEnd(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        if ("registerAssessment".equals(activity)) {
            afterCommit(opened);
        } else if ("lockAssessment".equals(activity)) {
            afterCommit(locked);
        }
    }

    private static void afterCommit(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
