package com.kaoping.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.UserAccount;
import com.kaoping.web.ConflictException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a task and writes its business rows in one transaction: the step validates and writes, then the
 * Camunda task completes (and whatever the process does next, synchronously). Concurrent completions of the same
 * assessment (six departments approving at once) serialise on the assessment's row; an optimistic-locking
 * conflict the engine still reports is retried as a whole.
 */
@Service
class TaskCompletion {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletion.class);
    private static final int ATTEMPTS = 5;

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Map<String, TaskStep> steps;

    TaskCompletion(
            TaskService tasks,
            HistoryService history,
            IdentityService identity,
            TransactionTemplate transaction,
            List<TaskStep> steps) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.transaction = transaction;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
    }

    void complete(String taskId, JsonNode body, UserAccount user) {
        retrying(
                taskId,
                () -> transaction.executeWithoutResult(status -> {
                    TaskContext context = context(taskId, user);
                    steps.get(context.taskKey()).complete(context, body);
                    // with the user's groups: Camunda's authorization lets Kaoping's work groups complete tasks
                    identity.setAuthentication(user.username(), CandidateGroups.of(user));
                    try {
                        tasks.complete(taskId);
                    } finally {
                        identity.clearAuthentication();
                    }
                }));
    }

    void saveDraft(String taskId, JsonNode body, UserAccount user) {
        retrying(
                taskId,
                () -> transaction.executeWithoutResult(status -> {
                    TaskContext context = context(taskId, user);
                    steps.get(context.taskKey()).saveDraft(context, body);
                }));
    }

    /** The open task, or 409 when it has been completed already, or 404 when there is no such task. */
    static Task openTask(TaskService tasks, HistoryService history, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            requireNotCompleted(history, taskId);
            throw new NotFoundException("problem.task.notFound", "task", taskId);
        }
        return task;
    }

    private TaskContext context(String taskId, UserAccount user) {
        Task task = openTask(tasks, history, taskId);
        List<String> groups = CandidateGroups.of(user);
        if (tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() == 0) {
            // gone between the two reads: completed by a concurrent request is 409, not "not yours"
            requireNotCompleted(history, taskId);
            throw new ForbiddenException("problem.task.notYours", "task", taskId);
        }
        if (!steps.containsKey(task.getTaskDefinitionKey())) {
            throw new ConflictException("problem.task.notHere", "taskKey", task.getTaskDefinitionKey());
        }
        Map<String, Object> variables = tasks.getVariables(taskId);
        Object assessmentId = variables.get("assessmentId");
        Object cycleId = variables.get("cycleId");
        return new TaskContext(
                taskId,
                task.getTaskDefinitionKey(),
                task.getProcessInstanceId(),
                assessmentId == null ? null : ((Number) assessmentId).longValue(),
                cycleId == null ? 0 : ((Number) cycleId).longValue(),
                user,
                java.util.Collections.unmodifiableMap(variables));
    }

    /**
     * Runs the work in its transaction again when a concurrent request got in the way; a task that a concurrent
     * request completed meanwhile is 409 whichever read noticed it first (docs/reliability.md, "Races").
     */
    private void retrying(String taskId, Runnable work) {
        try {
            retrying(work);
        } catch (NotFoundException e) {
            requireNotCompleted(history, taskId);
            throw e;
        }
    }

    /** 409 when the task has been completed. */
    private static void requireNotCompleted(HistoryService history, String taskId) {
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
            throw new ConflictException("problem.task.completed", "task", taskId);
        }
    }

    private static void retrying(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (OptimisticLockingException | PessimisticLockingFailureException | NullValueException e) {
                // NullValueException: a concurrent request completed the task first; the retry answers 409
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Concurrent update, retrying ({} of {}): {}", attempt, ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(20L * attempt + (long) (Math.random() * 30));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
