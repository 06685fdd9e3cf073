package com.kaoping.rectification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.web.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 整改措施 ({@code rectificationPlan}): the branch's measures, person responsible, planned completion date and evidence
 * per item; saved as a draft or submitted. Only items open or returned are planned; submitting needs every one of
 * them complete, and moves them to PLANNED for their departments' checks.
 */
@Component
class RectificationPlanStep extends ItemStep<RectificationPlanStep.Form> {

    static final String KEY = "rectificationPlan";

    record Entry(String clause, String measures, String responsible, LocalDate plannedDate, String evidence) {}

    record Form(List<Entry> items) {}

    RectificationPlanStep(Support support) {
        super(KEY, Form.class, support);
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        write(task, read(body), true);
    }

    @Override
    public void saveDraft(TaskContext task, JsonNode body) {
        write(task, read(body), false);
    }

    private void write(TaskContext task, Form form, boolean submit) {
        if (form.items() == null) {
            throw new BadRequestException("items", "problem.rectification.items");
        }
        Map<String, ItemRow> items = ItemForms.byClause(lockedItems(task));
        Set<String> named = PlannedItems.apply(form, items, submit);
        Instant now = Instant.now();
        for (ItemRow item : items.values()) {
            if (!named.contains(item.clauseId)) {
                continue;
            }
            if (submit) {
                item.state = ItemState.PLANNED.name();
                item.plannedBy = task.user().username();
                item.plannedAt = now;
            }
            mapper.updatePlan(item);
        }
    }
}
