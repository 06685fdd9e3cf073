package com.kaoping.standard.internal;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a standard: indicators (matched by name), items, rules, bonus and veto rules
 * (by number), clauses (by id) and grade bands (by grade), each ADDED, REMOVED or CHANGED with the fields that
 * differ. Pure; amounts compare by value (1 equals 1.0).
 */
final class StandardDiff {

    enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * @param level   PRIMARY, SECONDARY, ITEM, RULE, CLAUSE, BONUS_RULE, VETO_RULE or GRADE
     * @param key     the indicator's name (secondaries: {@code primary / secondary}), the number or the clause id
     * @param fields  the fields that differ (CHANGED only)
     * @param from    the old entry's fields, null when ADDED
     * @param to      the new entry's fields, null when REMOVED
     */
    record Entry(
            String level,
            String key,
            Change change,
            List<String> fields,
            Map<String, Object> from,
            Map<String, Object> to) {}

    record Result(String code, int from, int to, List<Entry> changes, Map<String, Integer> counts) {}

    static Result of(Standard a, Standard b) {
        List<Entry> out = new ArrayList<>();
        compare(out, "PRIMARY", primaries(a), primaries(b));
        compare(out, "SECONDARY", secondaries(a), secondaries(b));
        compare(out, "ITEM", items(a), items(b));
        compare(out, "RULE", rules(a), rules(b));
        compare(out, "CLAUSE", clauses(a), clauses(b));
        compare(
                out,
                "BONUS_RULE",
                index(a.bonus() == null ? List.of() : a.bonus().rules(), r -> "" + r.number(), StandardDiff::bonus),
                index(b.bonus() == null ? List.of() : b.bonus().rules(), r -> "" + r.number(), StandardDiff::bonus));
        compare(
                out,
                "VETO_RULE",
                index(a.veto() == null ? List.of() : a.veto().rules(), r -> "" + r.number(), StandardDiff::veto),
                index(b.veto() == null ? List.of() : b.veto().rules(), r -> "" + r.number(), StandardDiff::veto));
        compare(
                out,
                "GRADE",
                index(a.grades(), GradeBand::grade, g -> fields("min", g.min())),
                index(b.grades(), GradeBand::grade, g -> fields("min", g.min())));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Change c : Change.values()) {
            counts.put(c.name(), (int) out.stream().filter(e -> e.change() == c).count());
        }
        return new Result(b.code(), a.version(), b.version(), out, counts);
    }

    private static void compare(
            List<Entry> out, String level, Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b) {
        a.forEach((key, from) -> {
            Map<String, Object> to = b.get(key);
            if (to == null) {
                out.add(new Entry(level, key, Change.REMOVED, List.of(), from, null));
                return;
            }
            List<String> differ = new ArrayList<>();
            from.forEach((field, value) -> {
                if (!same(value, to.get(field))) {
                    differ.add(field);
                }
            });
            if (!differ.isEmpty()) {
                out.add(new Entry(level, key, Change.CHANGED, differ, from, to));
            }
        });
        b.forEach((key, to) -> {
            if (!a.containsKey(key)) {
                out.add(new Entry(level, key, Change.ADDED, List.of(), null, to));
            }
        });
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof BigDecimal dx && y instanceof BigDecimal dy) {
            return dx.compareTo(dy) == 0;
        }
        return Objects.equals(x, y);
    }

    private static Map<String, Map<String, Object>> primaries(Standard s) {
        return index(
                s.primaries(),
                PrimaryIndicator::name,
                p -> fields("points", p.points(), "category", p.category(), "department", p.department()));
    }

    private static Map<String, Map<String, Object>> secondaries(Standard s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (PrimaryIndicator p : s.primaries()) {
            for (SecondaryIndicator sec : p.secondaries()) {
                out.put(p.name() + " / " + sec.name(), fields("points", sec.points()));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Object>> items(Standard s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (PrimaryIndicator p : s.primaries()) {
            for (SecondaryIndicator sec : p.secondaries()) {
                for (ScoringItem i : sec.items()) {
                    out.put("" + i.number(), fields("text", i.text(), "secondary", p.name() + " / " + sec.name()));
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Object>> rules(Standard s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        forEachRule(s, (item, r) -> out.put("" + r.number(), fields("text", r.text(), "item", item.number())));
        return out;
    }

    private static Map<String, Map<String, Object>> clauses(Standard s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        forEachRule(s, (item, r) -> {
            for (Clause c : r.clauses()) {
                out.put(
                        c.id(),
                        fields(
                                "kind",
                                c.kind().name(),
                                "amount",
                                c.amount(),
                                "unit",
                                c.unit(),
                                "cap",
                                c.cap(),
                                "text",
                                c.text()));
            }
        });
        return out;
    }

    private static Map<String, Object> bonus(BonusRule r) {
        return fields(
                "text",
                r.text(),
                "item",
                r.item(),
                "scope",
                r.scope() == null ? null : r.scope().name(),
                "capPercent",
                r.capPercent(),
                "cap",
                r.cap());
    }

    private static Map<String, Object> veto(VetoRule r) {
        return fields("text", r.text(), "item", r.item());
    }

    private static void forEachRule(Standard s, java.util.function.BiConsumer<ScoringItem, Rule> action) {
        for (PrimaryIndicator p : s.primaries()) {
            for (SecondaryIndicator sec : p.secondaries()) {
                for (ScoringItem i : sec.items()) {
                    for (Rule r : i.rules()) {
                        action.accept(i, r);
                    }
                }
            }
        }
    }

    private static <T> Map<String, Map<String, Object>> index(
            List<T> list, Function<T, String> key, Function<T, Map<String, Object>> fields) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (T t : list) {
            out.put(key.apply(t), fields.apply(t));
        }
        return out;
    }

    /** name, value, name, value … in order; nulls kept, so a cap that goes away is a change. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
