package com.kaoping.rectification.internal;

import com.kaoping.rectification.internal.RectificationCheckStep.Entry;
import com.kaoping.rectification.internal.RectificationCheckStep.Form;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a 整改验收 form decides for each of the department's planned items: the items it names with their own decision
 * (or the form's) and reason, every other planned item with the form's decision and comment. A return needs a reason.
 */
final class CheckDecisions {

    /** One item's outcome: {@code decision} accept or return, {@code reason} (required for a return). */
    record Check(String decision, String reason) {}

    private CheckDecisions() {}

    /** By clause id; {@code mine}: the department's items by clause id. */
    static Map<String, Check> of(Form form, Map<String, ItemRow> mine) {
        String decision = decision(form.decision(), "decision");
        String comment = Texts.field(form.comment(), "comment", Texts.MAX);
        Map<String, Check> decided = new HashMap<>();
        Set<String> seen = ItemForms.seen();
        List<Entry> entries = form.items() == null ? List.of() : form.items();
        for (int i = 0; i < entries.size(); i++) {
            String field = "items[" + i + "]";
            Entry entry = entries.get(i);
            if (entry == null) {
                throw new BadRequestException(field, "problem.rectification.object");
            }
            ItemRow item = ItemForms.named(mine, entry.clause(), field, seen);
            if (!ItemState.PLANNED.name().equals(item.state)) {
                throw new ConflictException("problem.rectification.noPlan", "clause", item.clauseId);
            }
            String itemDecision = entry.decision() == null ? decision : decision(entry.decision(), field + ".decision");
            String reason = Texts.field(entry.reason(), field + ".reason", Texts.MAX);
            if (RectificationCheckStep.RETURN.equals(itemDecision)) {
                reason = reason != null ? reason : comment;
                if (reason == null) {
                    throw new BadRequestException(field + ".reason", "problem.rectification.reason");
                }
            }
            decided.put(item.clauseId, new Check(itemDecision, reason));
        }
        for (ItemRow item : mine.values()) {
            if (ItemState.PLANNED.name().equals(item.state) && !decided.containsKey(item.clauseId)) {
                if (RectificationCheckStep.RETURN.equals(decision) && comment == null) {
                    throw new BadRequestException("comment", "problem.rectification.comment");
                }
                decided.put(item.clauseId, new Check(decision, comment));
            }
        }
        return decided;
    }

    private static String decision(String value, String field) {
        if (RectificationCheckStep.ACCEPT.equals(value) || RectificationCheckStep.RETURN.equals(value)) {
            return value;
        }
        throw new BadRequestException(field, "problem.rectification.decision");
    }
}
