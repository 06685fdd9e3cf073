package com.kaoping.standard;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.BonusSection;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoRule;
import com.kaoping.scoring.VetoSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a standard can be scored against (docs/domain.md): points add up, numbers and clause ids
 * are unique and well formed, every clause is a well-formed deduction quoted from its rule, and the
 * bonus, veto and grade sections are usable. Every problem names its place, so an administrator
 * can fix an uploaded file without reading code.
 * <p>
 * Stateless and thread-safe.
 */
public final class StandardValidator {

    /** The primary indicators of a standard share these points between them. */
    public static final BigDecimal TOTAL_POINTS = BigDecimal.valueOf(100);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Score cards carry two decimals; finer amounts would be rounded silently. */
    private static final int MAX_SCALE = 2;

    /**
     * @throws InvalidStandardException naming every problem found
     */
    public void validate(Standard standard) {
        List<String> problems = problems(standard);
        if (!problems.isEmpty()) {
            throw new InvalidStandardException(null, problems);
        }
    }

    /** Every problem of the standard, in document order; empty when it is valid. */
    public List<String> problems(Standard standard) {
        Check check = new Check();
        if (standard == null) {
            check.add("standard", "is empty");
            return check.problems;
        }
        header(standard, check);
        grades(standard.grades(), check);
        primaries(standard.primaries(), check);
        bonus(standard.bonus(), check);
        veto(standard.veto(), check);
        return check.problems;
    }

    private static void header(Standard s, Check check) {
        check.notBlank("standard", "code", s.code());
        check.notBlank("standard", "name", s.name());
        if (s.version() < 1) {
            check.add("version", "must be at least 1, not " + s.version());
        }
        if (s.year() < 1) {
            check.add("year", "must be positive, not " + s.year());
        }
    }

    private static void grades(List<GradeBand> grades, Check check) {
        if (grades.isEmpty()) {
            check.add("grades", "at least one grade band is required");
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < grades.size(); i++) {
            GradeBand band = grades.get(i);
            String place = "grades[" + i + "]";
            check.notBlank(place, "grade", band.grade());
            if (band.min() == null) {
                check.add(place + ".min", "is required");
                continue;
            }
            if (band.min().signum() < 0) {
                check.add(place + ".min", "must not be negative, not " + plain(band.min()));
            }
            if (previous != null && band.min().compareTo(previous) >= 0) {
                check.add(
                        place + ".min",
                        "bands must descend strictly: " + plain(band.min()) + " does not lie below " + plain(previous));
            }
            previous = band.min();
        }
        if (previous != null && previous.signum() != 0) {
            // otherwise a low total would have no grade
            check.add(
                    "grades[" + (grades.size() - 1) + "].min", "the last band must start at 0, not " + plain(previous));
        }
    }

    private static void primaries(List<PrimaryIndicator> primaries, Check check) {
        if (primaries.isEmpty()) {
            check.add("primaries", "at least one primary indicator is required");
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < primaries.size(); i++) {
            PrimaryIndicator p = primaries.get(i);
            String place = "primaries[" + i + "] " + p.name();
            check.notBlank("primaries[" + i + "]", "name", p.name());
            if (p.name() != null && !p.name().isBlank() && !names.add(p.name())) {
                // bonus claims and reviewers address an indicator by its name
                check.add(place, "name used by an earlier primary indicator");
            }
            check.notBlank(place, "category", p.category());
            check.notBlank(place, "department", p.department());
            if (check.positive(place, "points", p.points())) {
                total = total.add(p.points());
            }
            if (p.secondaries().isEmpty()) {
                check.add(place, "at least one secondary indicator is required");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int j = 0; j < p.secondaries().size(); j++) {
                SecondaryIndicator s = p.secondaries().get(j);
                String sPlace = place + " > secondaries[" + j + "] " + s.name();
                check.notBlank(sPlace, "name", s.name());
                if (check.positive(sPlace, "points", s.points())) {
                    sum = sum.add(s.points());
                }
                items(s, sPlace, check);
            }
            if (p.points() != null && sum.compareTo(p.points()) != 0) {
                check.add(place, "secondary points add up to " + plain(sum) + ", not " + plain(p.points()));
            }
        }
        if (total.compareTo(TOTAL_POINTS) != 0) {
            check.add("primaries", "points add up to " + plain(total) + ", not " + plain(TOTAL_POINTS));
        }
    }

    private static void items(SecondaryIndicator s, String place, Check check) {
        if (s.items().isEmpty()) {
            check.add(place, "at least one scoring item is required");
        }
        for (ScoringItem item : s.items()) {
            String iPlace = "item " + item.number();
            check.itemNumber(item.number(), place, null);
            check.notBlank(iPlace, "text", item.text());
            if (item.rules().isEmpty()) {
                check.add(iPlace, "at least one rule is required");
            }
            for (Rule rule : item.rules()) {
                String rPlace = "rule " + rule.number();
                check.ruleNumber(rule.number(), iPlace);
                check.notBlank(rPlace, "text", rule.text());
                if (rule.clauses().isEmpty()) {
                    check.add(rPlace, "at least one clause is required");
                }
                for (int n = 1; n <= rule.clauses().size(); n++) {
                    clause(rule, n, check);
                }
            }
        }
    }

    private static void clause(Rule rule, int n, Check check) {
        Clause c = rule.clauses().get(n - 1);
        String expectedId = rule.number() + "." + n;
        String place = "rule " + rule.number() + " clause " + expectedId;
        if (!expectedId.equals(c.id())) {
            check.add(
                    place, "id must be " + expectedId + ", not " + (c.id() == null ? "missing" : "\"" + c.id() + "\""));
        } else if (!check.clauseIds.add(c.id())) {
            check.add(place, "id used twice");
        }
        if (c.text() == null || c.text().isBlank()) {
            check.add(place, "text is required");
        } else if (rule.text() != null && !rule.text().contains(c.text())) {
            check.add(place, "text \"" + c.text() + "\" does not occur in the rule's text");
        }
        if (c.kind() == null) {
            check.add(place, "kind is required");
            return;
        }
        switch (c.kind()) {
            case PER_UNIT -> {
                amount(place, c, check);
                if (c.unit() == null || c.unit().isBlank()) {
                    check.add(place, "a PER_UNIT clause needs a unit");
                }
                cap(place, c, check);
            }
            case FLAT -> {
                amount(place, c, check);
                if (c.unit() != null) {
                    check.add(place, "a FLAT clause has no unit, not \"" + c.unit() + "\"");
                }
                cap(place, c, check);
            }
            case ZERO_OUT, VETO -> {
                if (c.amount() != null || c.unit() != null || c.cap() != null) {
                    check.add(place, "a " + c.kind() + " clause has no amount, unit or cap");
                }
            }
        }
    }

    private static void amount(String place, Clause c, Check check) {
        if (c.amount() == null) {
            check.add(place, "a " + c.kind() + " clause needs an amount");
        } else if (check.positive(place, "amount", c.amount())) {
            check.scale(place, "amount", c.amount());
        }
    }

    private static void cap(String place, Clause c, Check check) {
        if (c.cap() != null && check.positive(place, "cap", c.cap())) {
            check.scale(place, "cap", c.cap());
        }
    }

    private static void bonus(BonusSection bonus, Check check) {
        if (bonus == null) {
            check.add("bonus", "section is missing");
            return;
        }
        check.notBlank("bonus", "name", bonus.name());
        if (bonus.rules().isEmpty()) {
            check.add("bonus", "at least one bonus rule is required");
        }
        for (BonusRule r : bonus.rules()) {
            String place = "bonus rule " + r.number();
            check.ruleNumber(r.number(), "bonus");
            check.itemNumber(r.item(), "bonus", r.itemText());
            check.notBlank(place, "itemText", r.itemText());
            check.notBlank(place, "text", r.text());
            if (r.scope() == null) {
                check.add(place, "scope is required (INDICATOR or ASSESSMENT)");
                continue;
            }
            switch (r.scope()) {
                case INDICATOR -> {
                    BigDecimal pct = r.capPercent();
                    if (pct == null || pct.signum() <= 0 || pct.compareTo(HUNDRED) > 0) {
                        check.add(
                                place,
                                "an INDICATOR rule needs capPercent in (0, 100], not "
                                        + (pct == null ? "none" : plain(pct)));
                    }
                    if (r.cap() != null) {
                        check.add(place, "an INDICATOR rule is capped by capPercent, not cap");
                    }
                }
                case ASSESSMENT -> {
                    if (r.cap() == null) {
                        check.add(place, "an ASSESSMENT rule needs a positive cap");
                    } else {
                        check.positive(place, "cap", r.cap());
                    }
                    if (r.capPercent() != null) {
                        check.add(place, "an ASSESSMENT rule is capped by cap, not capPercent");
                    }
                }
            }
        }
    }

    private static void veto(VetoSection veto, Check check) {
        if (veto == null) {
            check.add("veto", "section is missing");
            return;
        }
        check.notBlank("veto", "name", veto.name());
        if (veto.rules().isEmpty()) {
            check.add("veto", "at least one veto rule is required");
        }
        for (VetoRule r : veto.rules()) {
            String place = "veto rule " + r.number();
            check.ruleNumber(r.number(), "veto");
            check.itemNumber(r.item(), "veto", r.itemText());
            check.notBlank(place, "itemText", r.itemText());
            check.notBlank(place, "text", r.text());
        }
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Collects problems and remembers the numbers and ids seen so far. */
    private static final class Check {
        final List<String> problems = new ArrayList<>();
        final Map<Integer, String> rulePlaces = new HashMap<>();
        /** item number → where it was first seen, and the item text for bonus/veto rules. */
        final Map<Integer, String[]> itemPlaces = new HashMap<>();

        final Set<String> clauseIds = new HashSet<>();

        void add(String place, String problem) {
            problems.add(place + ": " + problem);
        }

        void notBlank(String place, String field, String value) {
            if (value == null || value.isBlank()) {
                add(place, field + " must not be blank");
            }
        }

        boolean positive(String place, String field, BigDecimal value) {
            if (value == null) {
                add(place, field + " is required");
                return false;
            }
            if (value.signum() <= 0) {
                add(place, field + " must be positive, not " + plain(value));
                return false;
            }
            return true;
        }

        void scale(String place, String field, BigDecimal value) {
            if (value.stripTrailingZeros().scale() > MAX_SCALE) {
                add(place, field + " must have at most " + MAX_SCALE + " decimals, not " + plain(value));
            }
        }

        void ruleNumber(int number, String where) {
            if (number < 1) {
                add("rule " + number + " (" + where + ")", "number must be positive");
                return;
            }
            String first = rulePlaces.putIfAbsent(number, where);
            if (first != null) {
                add("rule " + number + " (" + where + ")", "number already used (" + first + ")");
            }
        }

        /**
         * Item numbers are unique across the standard; several bonus or veto rules may share one item,
         * which then repeats its number with the same wording in the same section.
         */
        void itemNumber(int number, String where, String sectionItemText) {
            if (number < 1) {
                add("item " + number + " (" + where + ")", "number must be positive");
                return;
            }
            String[] first = itemPlaces.putIfAbsent(number, new String[] {where, sectionItemText});
            if (first == null) {
                return;
            }
            boolean sameSectionItem =
                    sectionItemText != null && where.equals(first[0]) && sectionItemText.equals(first[1]);
            if (!sameSectionItem) {
                add("item " + number + " (" + where + ")", "number already used (" + first[0] + ")");
            }
        }
    }
}
