package com.kaoping.workflow.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Behind each deadline timer: notifies the candidate groups of the still open tasks of one task key. The
 * service task names them with the input parameters {@code kind} (REMINDER or OVERDUE) and {@code taskKey};
 * OVERDUE also escalates to the leadership group. Works the same for a multi-instance task (one timer on the
 * whole review round, one notification per open department task). At most one notice of each kind per task
 * deadline: a task re-entered after a return with the same due date is not announced again (kp_deadline_notice).
 */
@Component("deadlineNotifier")
record DeadlineNotifier(Notifications notifications, DeadlineNoticeMapper sent, NotificationMessages messages)
        implements JavaDelegate {
    static final String KIND = "kind";
    static final String TASK_KEY = "taskKey";

    @Override
    public void execute(DelegateExecution execution) {
        Kind kind = Kind.valueOf((String) execution.getVariableLocal(KIND));
        if (kind != Kind.REMINDER && kind != Kind.OVERDUE) {
            throw new IllegalArgumentException("Not a deadline notification: " + kind);
        }
        String taskKey = (String) execution.getVariableLocal(TASK_KEY);
        Long assessmentId = Variables.assessmentIdOrNull(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list()) {
            Set<String> groups = new LinkedHashSet<>();
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .forEach(link -> groups.add(link.getGroupId()));
            java.time.Instant due = task.getDueDate() == null
                    ? Deadlines.NEVER.toInstant()
                    : task.getDueDate().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String key = String.join(",", new java.util.TreeSet<>(groups));
            if (key.length() > 255) {
                key = key.substring(0, 255);
            }
            if (sent.record(execution.getProcessInstanceId(), taskKey, key, kind.name(), due) == 0) {
                continue;
            }
            if (kind == Kind.OVERDUE) {
                groups.add(CandidateGroups.LEADERS);
            }
            com.kaoping.web.Text message =
                    messages.of("notification." + kind.name().toLowerCase(java.util.Locale.ROOT), taskKey, execution);
            groups.forEach(group -> notifications.toGroup(group, kind, message, assessmentId, task.getId()));
        }
    }
}
