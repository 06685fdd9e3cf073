package com.kaoping.rectification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.web.ConflictException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 整改验收 ({@code rectificationCheck}): one owning department accepts or returns each of its planned items, a return
 * with its reason. {@code decision} applies to the items not named in {@code items}; a returned item goes back to the
 * branch, an accepted one is closed for good.
 */
@Component
class RectificationCheckStep extends ItemStep<RectificationCheckStep.Form> {

    static final String KEY = "rectificationCheck";
    static final String ACCEPT = "accept";
    static final String RETURN = "return";
    /** Not a department's decision: a correction of the result withdrew the item (RectificationOpener). */
    static final String WITHDRAW = "withdraw";

    record Entry(String clause, String decision, String reason) {}

    record Form(String decision, List<Entry> items, String comment) {}

    RectificationCheckStep(Support support) {
        super(KEY, Form.class, support);
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        Form form = read(body);
        String department = department(task);
        Map<String, ItemRow> mine = new HashMap<>();
        for (ItemRow item : lockedItems(task)) {
            if (department.equals(item.department)) {
                mine.put(item.clauseId, item);
            }
        }
        Instant now = Instant.now();
        String by = task.user().username();
        for (Map.Entry<String, CheckDecisions.Check> e :
                CheckDecisions.of(form, mine).entrySet()) {
            ItemRow item = mine.get(e.getKey());
            boolean accepted = ACCEPT.equals(e.getValue().decision());
            item.state = accepted ? ItemState.CLOSED.name() : ItemState.RETURNED.name();
            item.checkReason = e.getValue().reason();
            item.checkedBy = by;
            item.checkedAt = now;
            item.closedAt = accepted ? now : null;
            mapper.updateCheck(item);
            mapper.insertCheck(item.id, e.getValue().decision(), item.checkReason, by, now);
        }
    }

    /** The department this check task was opened for (the multi-instance element), else the reviewer's own. */
    private static String department(TaskContext task) {
        Object department = task.variables().get("department");
        if (department != null) {
            return department.toString();
        }
        if (task.user().orgUnitCode() == null) {
            throw new ConflictException("problem.rectification.noDepartment", "task", task.taskId());
        }
        return task.user().orgUnitCode();
    }
}
