package com.kaoping.workflow.internal;

import com.kaoping.web.BadRequestException;
import com.kaoping.web.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The task list's query parameters, checked (a 400 names the parameter): {@code page} from 0, {@code size} 1–500
 * (default 50), {@code sort} one of {@link #SORTS}, filters {@code cycle}, {@code taskKey}, {@code branch} (part of a
 * code or name), {@code overdue=true}, {@code returned=true}.
 *
 * @param branch a LIKE pattern, lower case, with {@code !} escaping the wildcards of the text searched for
 * @param dueBefore set for {@code overdue=true}: the request's time
 * @param order the ORDER BY of the sort, from {@link #SORTS} only (never the client's text)
 */
record TaskFilter(
        List<String> groups,
        String taskId,
        String taskKey,
        Long cycleId,
        String branch,
        Instant dueBefore,
        boolean returned,
        String order) {

    private static final Pattern TASK_KEY = Pattern.compile("[A-Za-z]{1,64}");
    private static final int MAX_SEARCH = 100;

    /** Sort keys and their ORDER BY; every order ends on the task id, so pages never overlap. */
    static final Map<String, String> SORTS = Map.of(
            // the index's own order (kp_work_item's group, due_sort, created, task): no sort, the page is read in order
            "due", "w.due_sort, w.created, w.task_id",
            "-due", "w.due IS NULL, w.due DESC, w.created DESC, w.task_id",
            "created", "w.created ASC, w.task_id",
            "-created", "w.created DESC, w.task_id",
            "branch", "w.branch_code IS NULL, w.branch_code ASC, w.due ASC, w.task_id",
            "-branch", "w.branch_code IS NULL, w.branch_code DESC, w.due ASC, w.task_id");

    static TaskFilter of(
            List<String> groups,
            String taskKey,
            String cycle,
            String branch,
            String overdue,
            String returned,
            String sort,
            Instant now) {
        if (taskKey != null && !taskKey.isBlank() && !TASK_KEY.matcher(taskKey).matches()) {
            throw new BadRequestException("taskKey", "problem.tasks.taskKey");
        }
        Long cycleId = null;
        if (cycle != null && !cycle.isBlank()) {
            cycleId = Paging.wholeNumber(cycle, "cycle", 1, Long.MAX_VALUE);
        }
        String text = searchText(branch, "branch");
        String pattern = text == null
                ? null
                : "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String order = SORTS.get(sort == null || sort.isBlank() ? "due" : sort);
        if (order == null) {
            throw new BadRequestException(
                    "sort", "problem.tasks.sort", "sorts", String.join(", ", new java.util.TreeSet<>(SORTS.keySet())));
        }
        return new TaskFilter(
                groups,
                null,
                taskKey == null || taskKey.isBlank() ? null : taskKey,
                cycleId,
                pattern,
                flag(overdue, "overdue") ? now : null,
                flag(returned, "returned"),
                order);
    }

    /** One task of the caller's, by id. */
    static TaskFilter one(List<String> groups, String taskId) {
        return new TaskFilter(groups, taskId, null, null, null, null, false, SORTS.get("due"));
    }

    /** A search for part of a branch's code or name: stripped, lower case, at most 100 characters; null for none. */
    static String searchText(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String search = text.strip().toLowerCase(Locale.ROOT);
        if (search.length() > MAX_SEARCH) {
            throw new BadRequestException(field, "problem.rectification.tooLong", "max", MAX_SEARCH);
        }
        return search;
    }

    private static boolean flag(String text, String field) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadRequestException(field, "problem.tasks.boolean");
    }
}
