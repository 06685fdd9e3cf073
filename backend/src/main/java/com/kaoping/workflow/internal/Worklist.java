package com.kaoping.workflow.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task list's index (V96) in step with Camunda, in the engine's transaction: a task's rows are written when
 * it is created, written again when it changes (due date, candidate groups) and removed when it is completed or
 * deleted. {@link WorklistPlugin} adds this listener to every user task of every model (docs/scale.md).
 */
@Component
@RequiredArgsConstructor
class Worklist implements TaskListener {

    private final WorkItemMapper items;

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> write(task);
            case EVENTNAME_UPDATE -> {
                items.deleteTask(task.getId());
                write(task);
            }
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> items.deleteTask(task.getId());
            default -> {
                // assignment and timeouts change nothing the list sorts or filters by
            }
        }
    }

    private void write(DelegateTask task) {
        Instant due = instant(task.getDueDate());
        Instant created = task.getCreateTime() == null ? Instant.now() : instant(task.getCreateTime());
        Long cycleId = number(task.getVariable(Variables.CYCLE_ID));
        // the assessment's and rectification's processes carry both; an objection's answer has them in its
        // sub-process's scope; the cycle's own tasks have neither
        Long assessmentId = Variables.assessmentIdOrNull(task);
        String branchCode = Variables.branchCodeOrNull(task);
        List<WorkItem> rows = CandidateGroupsOfTask.of(task).stream()
                .map(group -> new WorkItem(
                        task.getId(),
                        group,
                        task.getTaskDefinitionKey(),
                        task.getProcessInstanceId(),
                        due,
                        due == null ? WorkItem.NO_DUE : due,
                        created,
                        cycleId,
                        assessmentId,
                        branchCode))
                .toList();
        if (!rows.isEmpty()) {
            items.insert(rows);
        }
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
