package com.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups precomputed once per standard so that scoring does no tree walking: clause id → clause
 * with its owning secondary and primary, bonus, veto and primary indicators by key, and the score
 * objects of an untouched indicator (records are immutable, so they can be shared between cards).
 * Refuses, with an {@link IllegalArgumentException}, a standard the engine cannot score exactly.
 */
final class StandardIndex {

    /** A clause with everything scoring needs, its figures already at scale 2. */
    record ClauseRef(Clause clause, int order, int secondary, BigDecimal amount, BigDecimal cap, String prefix) {}

    /** A secondary indicator, its position and labels. */
    record SecondaryRef(
            SecondaryIndicator indicator,
            int primary,
            String label,
            String ruleRef,
            BigDecimal points,
            SecondaryScore untouched) {}

    /** A primary indicator with its bonus cap (points × capPercent % of the INDICATOR bonus rules). */
    record PrimaryRef(
            PrimaryIndicator indicator,
            int index,
            int firstSecondary,
            int secondaryCount,
            BigDecimal points,
            BigDecimal bonusCap,
            PrimaryScore untouched) {}

    final Standard standard;
    final Map<String, ClauseRef> clauses;
    final int clauseCount;
    final SecondaryRef[] secondaries;
    final PrimaryRef[] primaries;
    final Map<String, PrimaryRef> primariesByName;
    final Map<Integer, BonusRule> bonusRules;
    final Map<Integer, VetoRule> vetoRules;
    /** ref of an indicator bonus cap line, e.g. {@code 85-87}. */
    final String indicatorBonusRef;
    /** A card's bonus caps when nothing is claimed: one per primary, then one per ASSESSMENT rule. */
    final List<BonusCap> unclaimedBonusCaps;
    /** ASSESSMENT-scoped rule number → its position in {@link #unclaimedBonusCaps}. */
    final Map<Integer, Integer> assessmentCapSlots;

    final List<GradeBand> grades;
    final BigDecimal totalPoints;

    StandardIndex(Standard standard) {
        if (standard == null) {
            throw new IllegalArgumentException("standard is required");
        }
        this.standard = standard;

        Map<Integer, BonusRule> bonus = new HashMap<>();
        List<Integer> indicatorRuleNumbers = new ArrayList<>();
        BigDecimal capPercent = null;
        if (standard.bonus() != null) {
            for (BonusRule rule : standard.bonus().rules()) {
                if (bonus.put(rule.number(), rule) != null) {
                    throw new IllegalArgumentException("duplicate bonus rule " + rule.number());
                }
                if (rule.scope() == BonusScope.INDICATOR) {
                    if (rule.capPercent() == null || rule.capPercent().signum() < 0) {
                        throw new IllegalArgumentException("bonus rule " + rule.number() + " needs a capPercent");
                    }
                    indicatorRuleNumbers.add(rule.number());
                    // 85–87 share one cap per indicator; should they ever differ, the most generous applies
                    capPercent = capPercent == null ? rule.capPercent() : capPercent.max(rule.capPercent());
                } else if (rule.scope() == BonusScope.ASSESSMENT) {
                    if (rule.cap() == null || rule.cap().signum() < 0 || !Decimals.hasAtMostTwoDecimals(rule.cap())) {
                        throw new IllegalArgumentException(
                                "bonus rule " + rule.number() + " needs a cap with at most two decimals");
                    }
                } else {
                    throw new IllegalArgumentException("bonus rule " + rule.number() + " has no scope");
                }
            }
        }
        this.bonusRules = Map.copyOf(bonus);
        this.indicatorBonusRef = Decimals.numberRange(indicatorRuleNumbers);

        Map<Integer, VetoRule> veto = new HashMap<>();
        if (standard.veto() != null) {
            for (VetoRule rule : standard.veto().rules()) {
                if (veto.put(rule.number(), rule) != null) {
                    throw new IllegalArgumentException("duplicate veto rule " + rule.number());
                }
            }
        }
        this.vetoRules = Map.copyOf(veto);

        Map<String, ClauseRef> clauseMap = new HashMap<>();
        List<SecondaryRef> secondaryList = new ArrayList<>();
        List<PrimaryRef> primaryList = new ArrayList<>();
        Map<String, PrimaryRef> byName = new HashMap<>();
        int order = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (PrimaryIndicator primary : standard.primaries()) {
            int primaryIndex = primaryList.size();
            int firstSecondary = secondaryList.size();
            List<SecondaryScore> untouchedSecondaries = new ArrayList<>();
            for (SecondaryIndicator secondary : primary.secondaries()) {
                int secondaryIndex = secondaryList.size();
                String label = primary.name() + " / " + secondary.name();
                List<Integer> ruleNumbers = new ArrayList<>();
                for (ScoringItem item : secondary.items()) {
                    for (Rule rule : item.rules()) {
                        ruleNumbers.add(rule.number());
                        for (Clause clause : rule.clauses()) {
                            ClauseRef ref = clauseRef(clause, order++, secondaryIndex);
                            if (clauseMap.put(clause.id(), ref) != null) {
                                throw new IllegalArgumentException("duplicate clause " + clause.id());
                            }
                        }
                    }
                }
                BigDecimal points = checkedPoints(secondary.points(), label);
                SecondaryScore untouched = new SecondaryScore(secondary.name(), points, points, Decimals.ZERO, false);
                untouchedSecondaries.add(untouched);
                secondaryList.add(new SecondaryRef(
                        secondary, primaryIndex, label, Decimals.numberRange(ruleNumbers), points, untouched));
            }
            BigDecimal points = checkedPoints(primary.points(), primary.name());
            BigDecimal bonusCap = capPercent == null
                    ? Decimals.ZERO
                    // rounded down: a cap of 10 % of 1.5 points must not allow 0.15 → 0.2
                    : points.multiply(capPercent).divide(Decimals.HUNDRED, 2, RoundingMode.DOWN);
            PrimaryScore untouched =
                    new PrimaryScore(primary.name(), points, points, Decimals.ZERO, List.copyOf(untouchedSecondaries));
            PrimaryRef ref = new PrimaryRef(
                    primary, primaryIndex, firstSecondary, primary.secondaries().size(), points, bonusCap, untouched);
            if (byName.put(primary.name(), ref) != null) {
                throw new IllegalArgumentException("duplicate primary indicator " + primary.name());
            }
            primaryList.add(ref);
            total = total.add(points);
        }
        this.clauses = Map.copyOf(clauseMap);
        this.clauseCount = order;
        this.secondaries = secondaryList.toArray(new SecondaryRef[0]);
        this.primaries = primaryList.toArray(new PrimaryRef[0]);
        this.primariesByName = Map.copyOf(byName);
        this.totalPoints = Decimals.two(total);

        List<BonusCap> caps = new ArrayList<>();
        for (PrimaryRef primary : primaries) {
            caps.add(new BonusCap(
                    indicatorRuleNumbers,
                    primary.indicator().name(),
                    primary.bonusCap(),
                    Decimals.ZERO,
                    Decimals.ZERO));
        }
        Map<Integer, Integer> slots = new HashMap<>();
        if (standard.bonus() != null) {
            for (BonusRule rule : standard.bonus().rules()) {
                if (rule.scope() == BonusScope.ASSESSMENT) {
                    slots.put(rule.number(), caps.size());
                    caps.add(new BonusCap(
                            List.of(rule.number()), null, Decimals.two(rule.cap()), Decimals.ZERO, Decimals.ZERO));
                }
            }
        }
        this.unclaimedBonusCaps = List.copyOf(caps);
        this.assessmentCapSlots = Map.copyOf(slots);

        if (standard.grades().isEmpty()) {
            throw new IllegalArgumentException("standard has no grade bands");
        }
        List<GradeBand> bands = new ArrayList<>(standard.grades());
        bands.sort(Comparator.comparing(GradeBand::min).reversed());
        this.grades = List.copyOf(bands);
    }

    private static ClauseRef clauseRef(Clause clause, int order, int secondary) {
        if (clause.id() == null || clause.kind() == null) {
            throw new IllegalArgumentException("clause without id or kind: " + clause);
        }
        BigDecimal amount = null;
        if (clause.kind() == ClauseKind.PER_UNIT || clause.kind() == ClauseKind.FLAT) {
            amount = checkedPoints(clause.amount(), "clause " + clause.id() + " amount");
        }
        BigDecimal cap = clause.cap() == null ? null : checkedPoints(clause.cap(), "clause " + clause.id() + " cap");
        String prefix = "[" + clause.id() + "] " + (clause.text() == null ? "" : clause.text());
        return new ClauseRef(clause, order, secondary, amount, cap, prefix);
    }

    private static BigDecimal checkedPoints(BigDecimal value, String where) {
        if (value == null || value.signum() < 0 || !Decimals.hasAtMostTwoDecimals(value)) {
            throw new IllegalArgumentException(where + ": points must be ≥ 0 with at most two decimals, got " + value);
        }
        return Decimals.two(value);
    }

    /** Position (best first) of the first band whose minimum the total reaches; the lowest band if none does or when vetoed. */
    int gradeLevel(BigDecimal total, boolean vetoed) {
        if (!vetoed) {
            for (int level = 0; level < grades.size(); level++) {
                if (grades.get(level).min().compareTo(total) <= 0) {
                    return level;
                }
            }
        }
        return grades.size() - 1;
    }
}
