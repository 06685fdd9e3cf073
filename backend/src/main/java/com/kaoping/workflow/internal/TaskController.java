package com.kaoping.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.Assessments;
import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.UserAccount;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks, their completion and their drafts (README, "HTTP API"). */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private static final int MAX_PAGE = 500;
    private static final String OBJECTION_ANSWER = "objectionAnswer";
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9:_-]{1,64}");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskCompletion completion;
    private final CurrentUser currentUser;
    private final Assessments assessments;
    private final Texts texts;
    private final Branches branches;

    TaskController(
            TaskService tasks,
            RuntimeService runtime,
            TaskCompletion completion,
            CurrentUser currentUser,
            Assessments assessments,
            Texts texts,
            Branches branches) {
        this.texts = texts;
        this.branches = branches;
        this.tasks = tasks;
        this.runtime = runtime;
        this.completion = completion;
        this.currentUser = currentUser;
        this.assessments = assessments;
    }

    @GetMapping
    List<TaskView> myTasks(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "200") int max) {
        UserAccount user = currentUser.get();
        List<Task> open = tasks.createTaskQuery()
                .taskCandidateGroupIn(CandidateGroups.of(user))
                .active()
                .orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .listPage(Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = new HashMap<>();
        String[] processes =
                open.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(processes)
                .variableNameIn("assessmentId", "branchCode", "cycleId")
                .disableCustomObjectDeserialization()
                .list()) {
            // process-level values only: the multi-instance executions carry no such names
            variables
                    .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                    .put(v.getName(), v.getValue());
        }
        Map<String, Set<String>> returned = assessments.returnedTaskKeys(List.of(processes));
        Instant now = Instant.now();
        return open.stream()
                .map(task -> {
                    Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
                    Date due = task.getDueDate();
                    // an objection's answer task carries its objection in the event sub-process's scope
                    Object objection = OBJECTION_ANSWER.equals(task.getTaskDefinitionKey())
                            ? tasks.getVariable(task.getId(), "objectionId")
                            : null;
                    String branch = (String) vars.get("branchCode");
                    return new TaskView(
                            task.getId(),
                            task.getTaskDefinitionKey(),
                            // the task's name in the reader's language, not the model's (docs/i18n.md)
                            texts.render(Text.of("task." + task.getTaskDefinitionKey())),
                            (Long) vars.get("assessmentId"),
                            (Long) vars.get("cycleId"),
                            (String) vars.get("branchCode"),
                            due == null ? null : due.toInstant(),
                            due != null && due.toInstant().isBefore(now),
                            task.getCreateTime().toInstant(),
                            returned.getOrDefault(task.getProcessInstanceId(), Set.of())
                                    .contains(task.getTaskDefinitionKey()),
                            objection == null ? null : ((Number) objection).longValue(),
                            branch == null ? null : branchName(branch));
                })
                .toList();
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        completion.complete(checkedId(id), body, currentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/draft")
    ResponseEntity<Void> saveDraft(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        completion.saveDraft(checkedId(id), body, currentUser.get());
        return ResponseEntity.noContent().build();
    }

    /**
     * Camunda's task ids are generated ASCII (UUIDs); anything else is refused here, before a query would compare
     * it with Camunda's utf8mb3 columns and fail on a 4-byte character (issue 8).
     */
    private static String checkedId(String id) {
        if (!TASK_ID.matcher(id).matches()) {
            throw new BadRequestException("id", "problem.task.id");
        }
        return id;
    }

    private String branchName(String code) {
        return branches.find(code).map(Branch::name).orElse(code);
    }

    /**
     * One open task as the task list shows it; {@code returned}: open again because the assessment was sent back;
     * {@code objectionId} for an objection's answer only.
     */
    record TaskView(
            String id,
            String taskKey,
            String name,
            Long assessmentId,
            Long cycleId,
            String branch,
            Instant due,
            boolean overdue,
            Instant created,
            boolean returned,
            Long objectionId,
            String branchName) {}
}
