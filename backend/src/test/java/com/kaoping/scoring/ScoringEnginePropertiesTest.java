package com.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine over random valid inputs on the fixture standard (named *Test so surefire picks it up). */
class ScoringEnginePropertiesTest {

    static final Standard STANDARD = TestStandards.dzz2021();
    static final ScoringEngine ENGINE = new ScoringEngine(STANDARD);
    static final List<Clause> CLAUSES = TestStandards.clauses(STANDARD);
    static final BigDecimal ASSESSMENT_CAP = new BigDecimal("3");

    @Provide
    Arbitrary<List<Finding>> findings() {
        return Arbitraries.subsetOf(CLAUSES).flatMap(set -> {
            if (set.isEmpty()) {
                return Arbitraries.just(List.<Finding>of());
            }
            List<Arbitrary<Finding>> each = new ArrayList<>();
            for (Clause c : set) {
                each.add(finding(c));
            }
            return Combinators.combine(each).as(list -> list);
        });
    }

    @Provide
    Arbitrary<Finding> anyFinding() {
        return Arbitraries.of(CLAUSES).flatMap(ScoringEnginePropertiesTest::finding);
    }

    static Arbitrary<Finding> finding(Clause clause) {
        Arbitrary<Long> count = clause.kind() == ClauseKind.PER_UNIT
                ? Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, Arbitraries.longs().between(0, 12)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Clause.MAX_PER_UNIT_COUNT)))
                : Arbitraries.longs().between(0, 1);
        return count.map(n -> new Finding(clause.id(), n));
    }

    @Provide
    Arbitrary<List<BonusClaim>> bonuses() {
        Arbitrary<String> indicator = Arbitraries.of(STANDARD.primaries()).map(PrimaryIndicator::name);
        Arbitrary<BigDecimal> points = Arbitraries.integers().between(1, 500).map(n -> BigDecimal.valueOf(n, 2));
        Arbitrary<BonusClaim> claim = Combinators.combine(Arbitraries.integers().between(85, 88), indicator, points)
                .as((rule, name, p) -> new BonusClaim(rule, rule == 88 ? null : name, p));
        return claim.list().ofMaxSize(6);
    }

    @Property(tries = 500)
    void secondaryScoresStayWithinTheirPoints(@ForAll("findings") List<Finding> findings) {
        ScoreCard card = ENGINE.score(ScoringInput.ofFindings(findings));
        BigDecimal base = BigDecimal.ZERO;
        for (PrimaryScore p : card.indicators()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (SecondaryScore s : p.secondaries()) {
                assertThat(s.score()).isBetween(BigDecimal.ZERO, s.maxScore());
                assertThat(s.deduction()).isEqualByComparingTo(s.maxScore().subtract(s.score()));
                sum = sum.add(s.score());
            }
            assertThat(p.score()).isEqualByComparingTo(sum);
            base = base.add(p.score());
        }
        assertThat(card.baseScore()).isEqualByComparingTo(base);
        assertThat(card.baseScore()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    }

    @Property(tries = 500)
    void anotherFindingNeverRaisesTheBase(
            @ForAll("findings") List<Finding> findings, @ForAll("anyFinding") Finding extra) {
        BigDecimal before = ENGINE.score(ScoringInput.ofFindings(findings)).baseScore();
        List<Finding> more = new ArrayList<>();
        boolean merged = false;
        for (Finding f : findings) {
            if (f.clause().equals(extra.clause())) {
                // same clause: the count only goes up
                more.add(new Finding(f.clause(), Math.max(f.count(), extra.count())));
                merged = true;
            } else {
                more.add(f);
            }
        }
        if (!merged) {
            more.add(extra);
        }
        BigDecimal after = ENGINE.score(ScoringInput.ofFindings(more)).baseScore();
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Property(tries = 500)
    void inputOrderDoesNotMatter(
            @ForAll("findings") List<Finding> findings,
            @ForAll("bonuses") List<BonusClaim> bonuses,
            @ForAll long seed) {
        List<VetoClaim> vetoes = List.of(new VetoClaim(90, "b"), new VetoClaim(89, "a"), new VetoClaim(89, null));
        ScoreCard card = ENGINE.score(new ScoringInput(findings, bonuses, vetoes));
        Random random = new Random(seed);
        List<Finding> f = new ArrayList<>(findings);
        List<BonusClaim> b = new ArrayList<>(bonuses);
        List<VetoClaim> v = new ArrayList<>(vetoes);
        Collections.shuffle(f, random);
        Collections.shuffle(b, random);
        Collections.shuffle(v, random);
        assertThat(ENGINE.score(new ScoringInput(f, b, v))).isEqualTo(card);
    }

    @Property(tries = 500)
    void totalIsBasePlusCappedBonus(
            @ForAll("findings") List<Finding> findings, @ForAll("bonuses") List<BonusClaim> bonuses) {
        ScoreCard card = ENGINE.score(new ScoringInput(findings, bonuses, null));
        assertThat(card.totalScore()).isEqualByComparingTo(card.baseScore().add(card.bonusScore()));

        BigDecimal claimed = BigDecimal.ZERO;
        BigDecimal caps = BigDecimal.ZERO;
        Set<String> capped = new HashSet<>();
        for (BonusClaim c : bonuses) {
            claimed = claimed.add(c.points());
            String key = c.rule() == 88 ? "88" : c.indicator();
            if (capped.add(key)) {
                caps = caps.add(c.rule() == 88 ? ASSESSMENT_CAP : tenPercentOf(c.indicator()));
            }
        }
        assertThat(card.bonusScore())
                .isLessThanOrEqualTo(caps)
                .isLessThanOrEqualTo(claimed)
                .isGreaterThanOrEqualTo(BigDecimal.ZERO);
        BigDecimal indicatorBonus = BigDecimal.ZERO;
        for (PrimaryScore p : card.indicators()) {
            assertThat(p.bonus()).isLessThanOrEqualTo(tenPercentOf(p.name()));
            indicatorBonus = indicatorBonus.add(p.bonus());
        }
        assertThat(card.bonusScore().subtract(indicatorBonus)).isBetween(BigDecimal.ZERO, ASSESSMENT_CAP);
    }

    @Property(tries = 500)
    void explanationAddsUpToTotalMinusMax(
            @ForAll("findings") List<Finding> findings, @ForAll("bonuses") List<BonusClaim> bonuses) {
        ScoreCard card = ENGINE.score(new ScoringInput(findings, bonuses, null));
        BigDecimal sum =
                card.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(card.totalScore().subtract(new BigDecimal("100")));
        boolean vetoClause = findings.stream().anyMatch(f -> f.clause().equals("61.6") && f.count() == 1);
        assertThat(card.vetoed()).isEqualTo(vetoClause);
        if (vetoClause) {
            assertThat(card.grade()).isEqualTo("差");
        }
    }

    static BigDecimal tenPercentOf(String primary) {
        return STANDARD.primaries().stream()
                .filter(p -> p.name().equals(primary))
                .findFirst()
                .orElseThrow()
                .points()
                .movePointLeft(1);
    }
}
