package com.kaoping.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.org.CandidateGroups;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import com.kaoping.web.Paging;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
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
record TaskController(
        TaskService tasks,
        TaskListMapper list,
        TaskCompletion completion,
        CurrentUser currentUser,
        BulkCompletion bulk,
        Texts texts) {
    private static final String OBJECTION_ANSWER = "objectionAnswer";
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9:_-]{1,64}");

    /**
     * The caller's open tasks, a page at a time (docs/scale.md): {@code page} from 0, {@code size} (default 50, at most
     * 500), {@code sort} ({@code due}, {@code -due}, {@code created}, {@code -created}, {@code branch},
     * {@code -branch}), filters {@code cycle}, {@code taskKey}, {@code branch} (part of the code or the name),
     * {@code overdue=true}, {@code returned=true}; the number of matching tasks in {@code X-Total-Count}.
     */
    @GetMapping
    ResponseEntity<List<TaskView>> myTasks(
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cycle,
            @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String returned) {
        Paging paging = Paging.of(page, size);
        int pageNumber = paging.page();
        int pageSize = paging.size();
        Instant now = Instant.now();
        TaskFilter filter = TaskFilter.of(
                CandidateGroups.of(currentUser.get()), taskKey, cycle, branch, overdue, returned, sort, now);
        List<TaskListRow> rows = list.page(filter, paging.offset(), pageSize);
        // the count only when the page does not already tell it
        long total = rows.size() < pageSize && (pageNumber == 0 || !rows.isEmpty())
                ? (long) pageNumber * pageSize + rows.size()
                : list.count(filter);
        return ResponseEntity.ok()
                .header(Paging.TOTAL_COUNT, Long.toString(total))
                .body(rows.stream().map(row -> view(row, now)).toList());
    }

    /** One open task of the caller's: 404 when it is not open or not the caller's to work on. */
    @GetMapping("/{id}")
    TaskView myTask(@PathVariable String id) {
        List<TaskListRow> rows = list.page(TaskFilter.one(CandidateGroups.of(currentUser.get()), checkedId(id)), 0, 1);
        if (rows.isEmpty()) {
            throw new NotFoundException("problem.task.notYours", "task", id);
        }
        return view(rows.get(0), Instant.now());
    }

    private TaskView view(TaskListRow row, Instant now) {
        Long assessmentId = row.assessmentId;
        String branchCode = row.branch;
        Long objectionId = null;
        if (OBJECTION_ANSWER.equals(row.taskKey)) {
            // an objection's answer task carries its objection in the event sub-process's scope
            Map<String, Object> local =
                    tasks.getVariables(row.id, List.of("objectionId", "assessmentId", "branchCode"));
            objectionId = local.get("objectionId") instanceof Number n ? n.longValue() : null;
            assessmentId = local.get("assessmentId") instanceof Number n ? n.longValue() : assessmentId;
            branchCode = local.get("branchCode") instanceof String b ? b : branchCode;
        }
        return new TaskView(
                row.id,
                row.taskKey,
                // the task's name in the reader's language, not the model's (docs/i18n.md)
                texts.render(Text.of("task." + row.taskKey)),
                assessmentId,
                row.cycleId,
                branchCode,
                row.branchName,
                row.due,
                row.due != null && row.due.isBefore(now),
                row.created,
                row.returned,
                objectionId);
    }

    /**
     * {@code {"tasks": ["id", …], "body": {…a completion body…}}} → 200 with {@code [{"task", "status", "problem"}]}:
     * each task completed in its own transaction, as the caller (docs/scale.md).
     */
    @PostMapping("/bulk-complete")
    List<BulkCompletion.Outcome> bulkComplete(@RequestBody(required = false) JsonNode request) {
        return bulk.complete(request, currentUser.get());
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
        return checkedId(id, "id");
    }

    static String checkedId(String id, String field) {
        if (!TASK_ID.matcher(id).matches()) {
            throw new BadRequestException(field, "problem.task.id");
        }
        return id;
    }

    /**
     * One open task as the task list shows it; {@code branchName} the branch's name; {@code returned}: open again
     * because the assessment was sent back;
     * {@code objectionId} for an objection's answer only.
     */
    record TaskView(
            String id,
            String taskKey,
            String name,
            Long assessmentId,
            Long cycleId,
            String branch,
            String branchName,
            Instant due,
            boolean overdue,
            Instant created,
            boolean returned,
            Long objectionId) {}
}
