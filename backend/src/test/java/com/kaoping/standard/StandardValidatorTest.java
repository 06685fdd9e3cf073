package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.BonusSection;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Bad standards, each made by editing a copy of the shipped one, must be refused naming the place. */
class StandardValidatorTest {

    private static final Standard SHIPPED = StandardFileParser.loadBundled();
    private final StandardValidator validator = new StandardValidator();

    @Test
    void acceptsTheShippedStandard() {
        assertThat(validator.problems(SHIPPED)).isEmpty();
    }

    @Test
    void refusesPrimariesNotAddingUpTo100() {
        // 思想政治工作 loses a point in its last secondary: both its own sum and the total break
        Standard bad = editSecondary(
                SHIPPED, 2, 4, s -> new SecondaryIndicator(s.name(), s.points().subtract(BigDecimal.ONE), s.items()));
        Standard worse = editPrimary(
                bad,
                2,
                p -> new PrimaryIndicator(
                        p.name(), p.category(), new BigDecimal("19"), p.department(), p.secondaries()));
        assertRefused(worse, "primaries: points add up to 99, not 100");
    }

    @Test
    void refusesSecondariesNotAddingUpToTheirPrimary() {
        Standard bad = editSecondary(SHIPPED, 2, 4, s -> new SecondaryIndicator(s.name(), BigDecimal.ONE, s.items()));
        assertRefused(bad, "primaries[2] 思想政治工作: secondary points add up to 19, not 20");
    }

    @Test
    void refusesADuplicateRuleNumber() {
        // rule 5 renumbered 4: item 2 now has two rules numbered 4
        Standard bad = editRule(SHIPPED, 5, r -> new Rule(4, r.text(), renumber(r.clauses(), 4)));
        assertRefused(bad, "rule 4 (item 2): number already used (item 2)");
    }

    @Test
    void refusesADuplicateRuleNumberAcrossBonusAndVeto() {
        BonusSection b = SHIPPED.bonus();
        List<BonusRule> rules = new ArrayList<>(b.rules());
        BonusRule r85 = rules.get(0);
        rules.set(
                0, new BonusRule(31, r85.item(), r85.itemText(), r85.text(), r85.scope(), r85.capPercent(), r85.cap()));
        Standard bad = withBonus(SHIPPED, new BonusSection(b.category(), b.name(), b.secondary(), rules));
        assertRefused(bad, "rule 31 (bonus): number already used (item 18)");
    }

    @Test
    void refusesAMisnumberedClauseId() {
        Standard bad = editRule(SHIPPED, 31, r -> {
            List<Clause> cs = new ArrayList<>(r.clauses());
            Clause c = cs.get(3);
            cs.set(3, new Clause("31.5", c.kind(), c.amount(), c.unit(), c.cap(), c.text()));
            return new Rule(r.number(), r.text(), cs);
        });
        assertRefused(bad, "rule 31 clause 31.4: id must be 31.4, not \"31.5\"");
    }

    @Test
    void refusesAClauseTextNotInItsRule() {
        Standard bad = editClause(
                SHIPPED, 1, 0, c -> new Clause(c.id(), c.kind(), c.amount(), c.unit(), c.cap(), "每少2次扣0.2分"));
        assertRefused(bad, "rule 1 clause 1.1: text \"每少2次扣0.2分\" does not occur in the rule's text");
    }

    @Test
    void refusesAPerUnitClauseWithoutUnit() {
        Standard bad =
                editClause(SHIPPED, 1, 0, c -> new Clause(c.id(), c.kind(), c.amount(), null, c.cap(), c.text()));
        assertRefused(bad, "rule 1 clause 1.1: a PER_UNIT clause needs a unit");
    }

    @Test
    void refusesMalformedClauseKinds() {
        Standard flatWithUnit =
                editClause(SHIPPED, 4, 1, c -> new Clause(c.id(), ClauseKind.FLAT, c.amount(), "次", null, c.text()));
        assertRefused(flatWithUnit, "rule 4 clause 4.2: a FLAT clause has no unit, not \"次\"");

        Standard vetoWithAmount = editClause(
                SHIPPED, 61, 5, c -> new Clause(c.id(), ClauseKind.VETO, BigDecimal.ONE, null, null, c.text()));
        assertRefused(vetoWithAmount, "rule 61 clause 61.6: a VETO clause has no amount, unit or cap");

        Standard negativeCap = editClause(
                SHIPPED,
                69,
                0,
                c -> new Clause(c.id(), c.kind(), c.amount(), c.unit(), new BigDecimal("-0.6"), c.text()));
        assertRefused(negativeCap, "rule 69 clause 69.1: cap must be positive, not -0.6");

        Standard zeroAmount =
                editClause(SHIPPED, 4, 0, c -> new Clause(c.id(), c.kind(), BigDecimal.ZERO, null, null, c.text()));
        assertRefused(zeroAmount, "rule 4 clause 4.1: amount must be positive, not 0");
    }

    @Test
    void refusesARuleWithoutClauses() {
        Standard bad = editRule(SHIPPED, 84, r -> new Rule(r.number(), r.text(), List.of()));
        assertRefused(bad, "rule 84: at least one clause is required");
    }

    @Test
    void refusesAMissingVetoSection() {
        Standard bad = new Standard(
                SHIPPED.code(),
                SHIPPED.version(),
                SHIPPED.name(),
                SHIPPED.year(),
                SHIPPED.grades(),
                SHIPPED.primaries(),
                SHIPPED.bonus(),
                null);
        assertRefused(bad, "veto: section is missing");
    }

    @Test
    void refusesBadBonusCaps() {
        BonusSection b = SHIPPED.bonus();
        List<BonusRule> rules = new ArrayList<>(b.rules());
        BonusRule r85 = rules.get(0);
        BonusRule r88 = rules.get(3);
        rules.set(
                0,
                new BonusRule(
                        85, r85.item(), r85.itemText(), r85.text(), BonusScope.INDICATOR, new BigDecimal("150"), null));
        rules.set(3, new BonusRule(88, r88.item(), r88.itemText(), r88.text(), BonusScope.ASSESSMENT, null, null));
        Standard bad = withBonus(SHIPPED, new BonusSection(b.category(), b.name(), b.secondary(), rules));
        assertRefused(bad, "bonus rule 85: an INDICATOR rule needs capPercent in (0, 100], not 150");
        assertRefused(bad, "bonus rule 88: an ASSESSMENT rule needs a positive cap");
    }

    @Test
    void refusesBadGradeBandsAndHeader() {
        Standard bad = new Standard(
                " ",
                0,
                SHIPPED.name(),
                SHIPPED.year(),
                List.of(
                        new GradeBand(new BigDecimal("80"), "较好"),
                        new GradeBand(new BigDecimal("90"), "好"),
                        new GradeBand(new BigDecimal("10"), "差")),
                SHIPPED.primaries(),
                SHIPPED.bonus(),
                SHIPPED.veto());
        assertRefused(bad, "standard: code must not be blank");
        assertRefused(bad, "version: must be at least 1, not 0");
        assertRefused(bad, "grades[1].min: bands must descend strictly: 90 does not lie below 80");
        assertRefused(bad, "grades[2].min: the last band must start at 0, not 10");
    }

    @Test
    void refusesABlankDepartment() {
        Standard bad = editPrimary(
                SHIPPED, 4, p -> new PrimaryIndicator(p.name(), p.category(), p.points(), "", p.secondaries()));
        assertRefused(bad, "primaries[4] 生产经营工作: department must not be blank");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Standard bad = editClause(SHIPPED, 1, 0, c -> new Clause("1.9", c.kind(), c.amount(), null, c.cap(), c.text()));
        assertThatThrownBy(() -> validator.validate(bad)).isInstanceOfSatisfying(InvalidStandardException.class, e -> {
            assertThat(e.problems())
                    .containsExactly(
                            "rule 1 clause 1.1: id must be 1.1, not \"1.9\"",
                            "rule 1 clause 1.1: a PER_UNIT clause needs a unit");
            assertThat(e.getMessage()).startsWith("2 problems: ");
        });
    }

    // --- helpers: copies of the shipped standard with one part replaced ------------------------------

    private void assertRefused(Standard bad, String expectedProblem) {
        assertThatThrownBy(() -> validator.validate(bad))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageContaining(expectedProblem)
                .satisfies(e ->
                        assertThat(((InvalidStandardException) e).problems()).contains(expectedProblem));
    }

    static Standard editPrimary(Standard s, int index, UnaryOperator<PrimaryIndicator> edit) {
        List<PrimaryIndicator> ps = new ArrayList<>(s.primaries());
        ps.set(index, edit.apply(ps.get(index)));
        return new Standard(s.code(), s.version(), s.name(), s.year(), s.grades(), ps, s.bonus(), s.veto());
    }

    static Standard editSecondary(Standard s, int primary, int index, UnaryOperator<SecondaryIndicator> edit) {
        return editPrimary(s, primary, p -> {
            List<SecondaryIndicator> ss = new ArrayList<>(p.secondaries());
            ss.set(index, edit.apply(ss.get(index)));
            return new PrimaryIndicator(p.name(), p.category(), p.points(), p.department(), ss);
        });
    }

    /** Replaces the rule numbered {@code number} wherever it sits among the primaries. */
    static Standard editRule(Standard s, int number, UnaryOperator<Rule> edit) {
        List<PrimaryIndicator> ps = s.primaries().stream()
                .map(p -> new PrimaryIndicator(
                        p.name(),
                        p.category(),
                        p.points(),
                        p.department(),
                        p.secondaries().stream()
                                .map(sec -> new SecondaryIndicator(
                                        sec.name(),
                                        sec.points(),
                                        sec.items().stream()
                                                .map(i -> new ScoringItem(
                                                        i.number(),
                                                        i.text(),
                                                        i.rules().stream()
                                                                .map(r -> r.number() == number ? edit.apply(r) : r)
                                                                .toList()))
                                                .toList()))
                                .toList()))
                .toList();
        return new Standard(s.code(), s.version(), s.name(), s.year(), s.grades(), ps, s.bonus(), s.veto());
    }

    static Standard editClause(Standard s, int rule, int index, UnaryOperator<Clause> edit) {
        return editRule(s, rule, r -> {
            List<Clause> cs = new ArrayList<>(r.clauses());
            cs.set(index, edit.apply(cs.get(index)));
            return new Rule(r.number(), r.text(), cs);
        });
    }

    static Standard withBonus(Standard s, BonusSection bonus) {
        return new Standard(s.code(), s.version(), s.name(), s.year(), s.grades(), s.primaries(), bonus, s.veto());
    }

    private static List<Clause> renumber(List<Clause> clauses, int rule) {
        List<Clause> out = new ArrayList<>();
        for (int n = 1; n <= clauses.size(); n++) {
            Clause c = clauses.get(n - 1);
            out.add(new Clause(rule + "." + n, c.kind(), c.amount(), c.unit(), c.cap(), c.text()));
        }
        return out;
    }
}
