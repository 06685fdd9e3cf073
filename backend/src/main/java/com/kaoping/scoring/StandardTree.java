package com.kaoping.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read model of one standard: its clauses in the standard's order, by primary or secondary indicator, and each
 * clause looked up by id with the indicators it belongs to. Readers of the standard use this instead of walking
 * primary → secondary → item → rule → clause themselves.
 */
public final class StandardTree {

    /** A clause with its place in the standard. */
    public record Placed(
            Clause clause, Rule rule, ScoringItem item, SecondaryIndicator secondary, PrimaryIndicator primary) {}

    private final Map<String, Placed> byId;

    private StandardTree(Map<String, Placed> byId) {
        this.byId = byId;
    }

    public static StandardTree of(Standard standard) {
        Map<String, Placed> byId = new LinkedHashMap<>();
        for (PrimaryIndicator primary : standard.primaries()) {
            for (SecondaryIndicator secondary : primary.secondaries()) {
                for (ScoringItem item : secondary.items()) {
                    for (Rule rule : item.rules()) {
                        for (Clause clause : rule.clauses()) {
                            byId.putIfAbsent(clause.id(), new Placed(clause, rule, item, secondary, primary));
                        }
                    }
                }
            }
        }
        return new StandardTree(Collections.unmodifiableMap(byId));
    }

    /** Every clause of the deduction rules, in the standard's order. */
    public List<Placed> clauses() {
        return List.copyOf(byId.values());
    }

    public Optional<Placed> clause(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<Clause> clausesOf(PrimaryIndicator primary) {
        return select(p -> p.primary() == primary);
    }

    public List<Clause> clausesOf(SecondaryIndicator secondary) {
        return select(p -> p.secondary() == secondary);
    }

    private List<Clause> select(java.util.function.Predicate<Placed> where) {
        List<Clause> out = new ArrayList<>();
        byId.values().stream().filter(where).forEach(p -> out.add(p.clause()));
        return out;
    }
}
