package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleResults;
import com.kaoping.cycle.CycleSummary;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Grouping;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import com.kaoping.web.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: tells the task's candidate groups that there is work for them. A department's or the leadership
 * group's assignments of one cycle and stage are one entry in the inbox, with a count (docs/scale.md), not one per
 * branch.
 */
@Component("taskNotificationListener")
record TaskNotificationListener(Notifications notifications, NotificationMessages messages, CycleResults cycles)
        implements TaskListener {

    private static final String BRANCH_GROUPS = CandidateGroups.branch("");

    @Override
    public void notify(DelegateTask task) {
        Text message = messages.of("notification.assigned", task.getTaskDefinitionKey(), task);
        Long assessmentId = Variables.assessmentIdOrNull(task);
        Grouping grouping = grouping(task);
        CandidateGroupsOfTask.of(task).stream()
                // a branch has a handful of tasks a cycle, each worth its own entry with its link; the departments and
                // the leadership group get one per branch, folded per cycle and stage
                .forEach(group -> notifications.toGroup(
                        group,
                        Kind.ASSIGNED,
                        message,
                        assessmentId,
                        task.getId(),
                        group.startsWith(BRANCH_GROUPS) ? null : grouping));
    }

    private Grouping grouping(DelegateTask task) {
        Object cycleId = task.getVariable(Variables.CYCLE_ID);
        if (!(cycleId instanceof Number number)) {
            return null;
        }
        long id = number.longValue();
        CycleSummary cycle = cycles.cycle(id);
        Text stage = Text.of("task." + task.getTaskDefinitionKey());
        Text text = cycle == null
                ? Text.of("notification.group.assigned.noCycle", "task", stage)
                : Text.of(
                        "notification.group.assigned", "year", cycle.year(), "quarter", cycle.quarter(), "task", stage);
        return new Grouping(
                "ASSIGNED:" + id + ":" + task.getTaskDefinitionKey(), text, id, task.getTaskDefinitionKey());
    }
}
