package com.kaoping.rectification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
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
        Set<String> seen = ItemForms.seen();
        Instant now = Instant.now();
        for (int i = 0; i < form.items().size(); i++) {
            String field = "items[" + i + "]";
            Entry entry = form.items().get(i);
            if (entry == null) {
                throw new BadRequestException(field, "problem.rectification.object");
            }
            ItemRow item = ItemForms.named(items, entry.clause(), field, seen);
            if (!ItemState.valueOf(item.state).awaitsPlan()) {
                throw new ConflictException("problem.rectification.waitsForCheck", "clause", item.clauseId);
            }
            item.measures = Texts.field(entry.measures(), field + ".measures", Texts.MAX);
            item.responsible = Texts.field(entry.responsible(), field + ".responsible", 100);
            item.plannedDate = entry.plannedDate();
            item.evidence = Texts.field(entry.evidence(), field + ".evidence", Texts.MAX);
            if (submit) {
                requireComplete(item, field);
            }
        }
        if (submit) {
            for (ItemRow item : items.values()) {
                if (ItemState.valueOf(item.state).awaitsPlan() && !seen.contains(item.clauseId)) {
                    throw new BadRequestException("items", "problem.rectification.lacks", "clause", item.clauseId);
                }
            }
        }
        for (ItemRow item : items.values()) {
            if (!seen.contains(item.clauseId)) {
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

    private static void requireComplete(ItemRow item, String field) {
        if (item.measures == null) {
            throw new BadRequestException(
                    field + ".measures", "problem.rectification.required", "clause", item.clauseId);
        }
        if (item.responsible == null) {
            throw new BadRequestException(
                    field + ".responsible", "problem.rectification.required", "clause", item.clauseId);
        }
        if (item.plannedDate == null) {
            throw new BadRequestException(
                    field + ".plannedDate", "problem.rectification.plannedDate", "clause", item.clauseId);
        }
    }
}
