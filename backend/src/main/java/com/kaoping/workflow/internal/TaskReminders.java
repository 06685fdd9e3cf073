package com.kaoping.workflow.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.UserAccount;
import com.kaoping.web.ConflictException;
import com.kaoping.web.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 (docs/scale.md): a reminder to an open task's candidate groups, in-app (and by mail where a member wants
 * mail), at most once per task and calendar day in the organisation's time zone, recorded in kp_task_reminder and
 * as an audit event. One transaction: the record and the notifications commit together.
 */
@Service
@RequiredArgsConstructor
class TaskReminders {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskService tasks;
    private final HistoryService history;
    private final CycleBoardMapper mapper;
    private final CycleBoard board;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;

    @Transactional
    void remind(String taskId, UserAccount by) {
        Task task = TaskCompletion.openTask(tasks, history, taskId);
        List<String> groups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .distinct()
                .toList();
        Map<String, Object> vars =
                tasks.getVariables(taskId, List.of(Variables.CYCLE_ID, Variables.BRANCH_CODE, Variables.ASSESSMENT_ID));
        Long cycleId = vars.get(Variables.CYCLE_ID) instanceof Number n ? n.longValue() : null;
        Long assessmentId = vars.get(Variables.ASSESSMENT_ID) instanceof Number n ? n.longValue() : null;
        String branch = vars.get(Variables.BRANCH_CODE) instanceof String b ? b : null;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(board.zone());
        if (mapper.remind(
                        taskId,
                        today,
                        cycleId,
                        task.getTaskDefinitionKey(),
                        branch,
                        String.join(",", groups),
                        by.username(),
                        now)
                == 0) {
            throw new ConflictException("problem.task.remindedToday", "task", taskId);
        }
        Text message = Text.of(
                branch == null ? "notification.urged.noBranch" : "notification.urged",
                "task",
                Text.of("task." + task.getTaskDefinitionKey()),
                "branch",
                branch == null ? "" : branch,
                "due",
                task.getDueDate() == null
                        ? "–"
                        : DUE.format(task.getDueDate().toInstant().atZone(board.zone())));
        for (String group : groups) {
            notifications.toGroup(group, Kind.REMINDER, message, assessmentId, taskId);
        }
        events.publishEvent(new AuditEvent(
                "TASK_REMINDED",
                by.username(),
                taskId,
                Map.of(
                        "taskKey", task.getTaskDefinitionKey(),
                        "branch", branch == null ? "" : branch,
                        "groups", String.join(",", groups))));
    }
}
