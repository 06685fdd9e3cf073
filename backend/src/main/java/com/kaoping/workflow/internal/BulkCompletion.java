package com.kaoping.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.org.UserAccount;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ProblemRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * POST /api/tasks/bulk-complete (docs/scale.md): the same completion body for each task, each completed through
 * {@link TaskCompletion} in a transaction of its own, as the caller; the answer says per task what a single
 * completion would have answered (204, or the status and problem of its refusal). One task refused stops nothing.
 */
@Component
record BulkCompletion(TaskCompletion completion, ProblemRenderer problems) {
    static final int MAX_TASKS = 500;
    private static final Logger log = LoggerFactory.getLogger(BulkCompletion.class);
    private static final Set<String> FIELDS = Set.of("tasks", "body");

    List<Outcome> complete(JsonNode request, UserAccount user) {
        List<String> ids = tasks(request);
        JsonNode body = request.get("body");
        if (body == null || !body.isObject()) {
            throw new BadRequestException("body", "problem.bulk.body");
        }
        List<Outcome> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(completeOne(id, body, user));
        }
        return out;
    }

    private Outcome completeOne(String id, JsonNode body, UserAccount user) {
        try {
            completion.complete(id, body, user);
            return new Outcome(id, HttpStatus.NO_CONTENT.value(), null);
        } catch (OptimisticLockingException | PessimisticLockingFailureException | NullValueException e) {
            // still racing after TaskCompletion's retries: another request is completing it
            return refused(
                    id,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.CONFLICT, "Task " + id + " is being completed by another request"));
        } catch (RuntimeException e) {
            ProblemDetail problem = problems.render(e);
            if (problem == null) {
                log.error("Bulk completion of task {} failed", id, e);
                problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
            }
            return refused(id, problem);
        }
    }

    private static Outcome refused(String id, ProblemDetail problem) {
        return new Outcome(id, problem.getStatus(), problem);
    }

    private static List<String> tasks(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new BadRequestException("body", "problem.bulk.request");
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadRequestException(name, "problem.bulk.unknownField");
            }
        }
        JsonNode tasks = request.get("tasks");
        if (tasks == null || !tasks.isArray() || tasks.isEmpty() || tasks.size() > MAX_TASKS) {
            throw new BadRequestException("tasks", "problem.bulk.tasks", "max", MAX_TASKS);
        }
        List<String> ids = new ArrayList<>(tasks.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            String field = "tasks[" + i + "]";
            JsonNode id = tasks.get(i);
            if (!id.isTextual()) {
                throw new BadRequestException(field, "problem.task.id");
            }
            String checked = TaskController.checkedId(id.asText(), field);
            if (!seen.add(checked)) {
                throw new BadRequestException(field, "problem.bulk.repeated", "task", checked);
            }
            ids.add(checked);
        }
        return ids;
    }

    /** One task's outcome: {@code status} 204 when completed, else the status and problem it was refused with. */
    record Outcome(String task, int status, ProblemDetail problem) {}
}
