package com.kaoping.rectification.internal;

import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What both rectification forms check of their item entries: each names an item of the assessment once. */
final class ItemForms {

    private ItemForms() {}

    static Map<String, ItemRow> byClause(List<ItemRow> items) {
        return items.stream().collect(Collectors.toMap(i -> i.clauseId, Function.identity()));
    }

    /**
     * The item an entry names: 400 for a missing, unknown or repeated clause, 409 for a closed item (read-only).
     *
     * @param seen the clauses of the entries before this one
     */
    static ItemRow named(Map<String, ItemRow> items, String clause, String field, Set<String> seen) {
        if (clause == null || clause.isBlank()) {
            throw new BadRequestException(field + ".clause", "problem.required");
        }
        ItemRow item = items.get(clause);
        if (item == null) {
            throw new BadRequestException(field + ".clause", "problem.rectification.noItem", "clause", clause);
        }
        if (!seen.add(clause)) {
            throw new BadRequestException(field + ".clause", "problem.rectification.twice", "clause", clause);
        }
        if (ItemState.CLOSED.name().equals(item.state)) {
            throw new ConflictException("problem.rectification.closed", "clause", clause);
        }
        return item;
    }

    static Set<String> seen() {
        return new HashSet<>();
    }
}
