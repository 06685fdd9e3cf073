package com.kaoping.rectification.internal;

import com.kaoping.rectification.internal.RectificationPlanStep.Entry;
import com.kaoping.rectification.internal.RectificationPlanStep.Form;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import java.util.Map;
import java.util.Set;

/**
 * A 整改措施 form's entries applied to the branch's items: each names an item that awaits its plan and gives its
 * measures, person responsible, planned date and evidence. Submitted, every item awaiting a plan must be named and
 * complete; a draft may leave fields out.
 */
final class PlannedItems {

    private PlannedItems() {}

    /** The clause ids the form named, their items changed in place; {@code items} by clause id. */
    static Set<String> apply(Form form, Map<String, ItemRow> items, boolean submit) {
        if (form.items() == null) {
            throw new BadRequestException("items", "problem.rectification.items");
        }
        Set<String> seen = ItemForms.seen();
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
        return seen;
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
