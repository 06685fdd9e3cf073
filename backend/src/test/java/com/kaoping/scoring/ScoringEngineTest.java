package com.kaoping.scoring;

import static com.kaoping.scoring.TestStandards.CAMPAIGNS;
import static com.kaoping.scoring.TestStandards.IDEOLOGY;
import static com.kaoping.scoring.TestStandards.ORGANISATION;
import static com.kaoping.scoring.TestStandards.PARTY_LEADERSHIP;
import static com.kaoping.scoring.TestStandards.PRODUCTION;
import static com.kaoping.scoring.TestStandards.SECURITY;
import static com.kaoping.scoring.TestStandards.UNIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected figure is worked out by hand in the comment next to it. */
class ScoringEngineTest {

    static final ScoringEngine ENGINE = new ScoringEngine(TestStandards.dzz2021());

    // ---- helpers ----

    static Finding f(String clause, long count) {
        return new Finding(clause, count);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static BonusClaim bonus(int rule, String indicator, String points) {
        return new BonusClaim(rule, indicator, points == null ? null : bd(points));
    }

    static ScoreCard score(Finding... findings) {
        return ENGINE.score(ScoringInput.ofFindings(List.of(findings)));
    }

    static ScoreCard score(List<Finding> findings, List<BonusClaim> bonuses, List<VetoClaim> vetoes) {
        return ENGINE.score(new ScoringInput(findings, bonuses, vetoes));
    }

    static PrimaryScore primary(ScoreCard card, String name) {
        return card.indicators().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static SecondaryScore secondary(ScoreCard card, String primary, String name) {
        return primary(card, primary).secondaries().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static List<ExplanationLine> lines(ScoreCard card, ExplanationKind kind) {
        return card.explanation().stream().filter(l -> l.kind() == kind).toList();
    }

    static InvalidScoringInputException invalid(
            List<Finding> findings, List<BonusClaim> bonuses, List<VetoClaim> vetoes) {
        try {
            score(findings, bonuses, vetoes);
        } catch (InvalidScoringInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidScoringInputException");
    }

    /** 38.1×5 = 5, 81.1 + 81.2 = 2 + 1 = 3, 31.6 = 2: 10 points in all, no secondary below 0. */
    static List<Finding> tenPoints() {
        return new ArrayList<>(List.of(f("38.1", 5), f("81.1", 1), f("81.2", 1), f("31.6", 1)));
    }

    /** tenPoints + 生产经营 53.1..56.3 = 1+1+1+1+0.5+0.3+0.2 = 5, 82.1+83.1+84.1 = 3, 19.1 = 2: 20 points. */
    static List<Finding> twentyPoints() {
        List<Finding> list = tenPoints();
        list.addAll(List.of(
                f("53.1", 1),
                f("53.2", 1),
                f("54.1", 1),
                f("55.1", 1),
                f("56.1", 1),
                f("56.2", 1),
                f("56.3", 1),
                f("82.1", 1),
                f("83.1", 1),
                f("84.1", 1),
                f("19.1", 1)));
        return list;
    }

    /** twentyPoints + 80.1..80.3 = 3, 20.1 = 1, 46.1 + 46.2 + 40.1 = 2+1+1 = 4, 31.1 + 31.5 = 2: 30 points. */
    static List<Finding> thirtyPoints() {
        List<Finding> list = twentyPoints();
        list.addAll(List.of(
                f("80.1", 1),
                f("80.2", 1),
                f("80.3", 1),
                f("20.1", 1),
                f("46.1", 1),
                f("46.2", 1),
                f("40.1", 1),
                f("31.1", 1),
                f("31.5", 1)));
        return list;
    }

    // ---- tests ----

    @Test
    void noFindingsScoresFullMarks() {
        ScoreCard card = score();
        assertThat(card.standardCode()).isEqualTo("DZZ-2021-TEST");
        assertThat(card.baseScore()).isEqualTo(bd("100.00"));
        assertThat(card.bonusScore()).isEqualTo(bd("0.00"));
        assertThat(card.totalScore()).isEqualTo(bd("100.00"));
        assertThat(card.grade()).isEqualTo("好");
        assertThat(card.vetoed()).isFalse();
        assertThat(card.explanation()).isEmpty();
        assertThat(card.indicators())
                .extracting(PrimaryScore::name)
                .containsExactly(
                        PARTY_LEADERSHIP,
                        ORGANISATION,
                        IDEOLOGY,
                        TestStandards.INTEGRITY,
                        PRODUCTION,
                        SECURITY,
                        UNIONS,
                        CAMPAIGNS);
        assertThat(primary(card, PRODUCTION).score()).isEqualTo(bd("5.00"));
        assertThat(primary(card, PRODUCTION).maxScore()).isEqualTo(bd("5.00"));
    }

    @Test
    void perUnitDeductsAmountTimesCount() {
        // 1.1: 0.2 × 3 = 0.6; 加强政治理论学习 2 − 0.6 = 1.4; 党的领导 10 − 0.6 = 9.4; base 100 − 0.6 = 99.4
        ScoreCard card = score(f("1.1", 3));
        SecondaryScore s = secondary(card, PARTY_LEADERSHIP, "加强政治理论学习");
        assertThat(s.score()).isEqualTo(bd("1.40"));
        assertThat(s.deduction()).isEqualTo(bd("0.60"));
        assertThat(s.zeroedOut()).isFalse();
        assertThat(primary(card, PARTY_LEADERSHIP).score()).isEqualTo(bd("9.40"));
        assertThat(card.baseScore()).isEqualTo(bd("99.40"));
        assertThat(card.totalScore()).isEqualTo(bd("99.40"));
        assertThat(card.explanation())
                .containsExactly(new ExplanationLine(
                        ExplanationKind.DEDUCTION,
                        "1.1",
                        "党的领导 / 加强政治理论学习",
                        3L,
                        bd("-0.60"),
                        "未按照计划组织专题学习研讨的,每少1次扣0.2分",
                        "[1.1] 未按照计划组织专题学习研讨的,每少1次扣0.2分 ×3 = -0.60",
                        "explanation.deduction.perUnit",
                        java.util.Map.of(
                                "clause",
                                "1.1",
                                "wording",
                                "未按照计划组织专题学习研讨的,每少1次扣0.2分",
                                "count",
                                "3",
                                "points",
                                "0.60")));
    }

    @Test
    void flatDeductsAmountOnce() {
        // 4.1 0.2 + 4.2 0.1 = 0.3; 贯彻上级决策部署 5 − 0.3 = 4.7; base 99.7
        ScoreCard card = score(f("4.1", 1), f("4.2", 1));
        assertThat(secondary(card, PARTY_LEADERSHIP, "贯彻上级决策部署").score()).isEqualTo(bd("4.70"));
        assertThat(card.baseScore()).isEqualTo(bd("99.70"));
        assertThat(card.explanation())
                .extracting(ExplanationLine::text)
                .containsExactly("[4.1] 未组织传达学习的,扣0.2分 = -0.20", "[4.2] 传达学习不到位的,扣0.1分 = -0.10");
        assertThat(card.explanation()).extracting(ExplanationLine::count).containsExactly(1L, 1L);
    }

    @Test
    void cappedClauseBelowAndAtItsCapDeductsInFull() {
        // 69.1: 0.2 × 2 = 0.4 < cap 0.6; 强化基础管理工作 2 − 0.4 = 1.6
        ScoreCard below = score(f("69.1", 2));
        assertThat(secondary(below, UNIONS, "强化基础管理工作").score()).isEqualTo(bd("1.60"));
        assertThat(lines(below, ExplanationKind.CAP)).isEmpty();
        // 0.2 × 3 = 0.6 = cap: nothing cut; 2 − 0.6 = 1.4
        ScoreCard at = score(f("69.1", 3));
        assertThat(secondary(at, UNIONS, "强化基础管理工作").score()).isEqualTo(bd("1.40"));
        assertThat(lines(at, ExplanationKind.CAP)).isEmpty();
    }

    @Test
    void cappedClauseAboveItsCapDeductsTheCap() {
        // 69.1: 0.2 × 4 = 0.8 > cap 0.6 → 0.6, 0.2 not deducted; 强化基础管理工作 2 − 0.6 = 1.4; 工团 10 − 0.6 = 9.4
        ScoreCard card = score(f("69.1", 4));
        assertThat(secondary(card, UNIONS, "强化基础管理工作").score()).isEqualTo(bd("1.40"));
        assertThat(secondary(card, UNIONS, "强化基础管理工作").deduction()).isEqualTo(bd("0.60"));
        assertThat(primary(card, UNIONS).score()).isEqualTo(bd("9.40"));
        assertThat(card.baseScore()).isEqualTo(bd("99.40"));
        assertThat(card.explanation())
                .extracting(ExplanationLine::kind, ExplanationLine::points, ExplanationLine::text)
                .containsExactly(
                        tuple(ExplanationKind.DEDUCTION, bd("-0.80"), "[69.1] 组织机构每缺一项扣0.2分,最多扣0.6分 ×4 = -0.80"),
                        tuple(ExplanationKind.CAP, bd("0.20"), "[69.1] cap 0.60: -0.20 not deducted"));
    }

    @Test
    void rule79CapsAtOnePoint() {
        // 79.2: 0.5 × 5 = 2.5 > cap 1 → 1, 1.5 not deducted; 79.1 flat 1; 群众经济工作 3 − 1 − 1 = 1
        ScoreCard card = score(f("79.2", 5), f("79.1", 1));
        assertThat(secondary(card, UNIONS, "群众经济工作").score()).isEqualTo(bd("1.00"));
        assertThat(card.baseScore()).isEqualTo(bd("98.00"));
        assertThat(lines(card, ExplanationKind.CAP))
                .singleElement()
                .extracting(ExplanationLine::text)
                .isEqualTo("[79.2] cap 1.00: -1.50 not deducted");
    }

    @Test
    void zeroOutScoresTheSecondaryZero() {
        // 39.5 alone: 落实保密工作责任 2 → 0; 思想政治工作 20 − 2 = 18; base 98
        ScoreCard card = score(f("39.5", 1));
        SecondaryScore s = secondary(card, IDEOLOGY, "落实保密工作责任");
        assertThat(s.score()).isEqualTo(bd("0.00"));
        assertThat(s.deduction()).isEqualTo(bd("2.00"));
        assertThat(s.zeroedOut()).isTrue();
        assertThat(primary(card, IDEOLOGY).score()).isEqualTo(bd("18.00"));
        assertThat(card.baseScore()).isEqualTo(bd("98.00"));
        assertThat(card.explanation()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ExplanationKind.ZERO_OUT);
            assertThat(line.ref()).isEqualTo("39.5");
            assertThat(line.points()).isEqualTo(bd("-2.00"));
            assertThat(line.indicator()).isEqualTo("思想政治工作 / 落实保密工作责任");
        });
    }

    @Test
    void zeroOutAfterOtherDeductionsLosesTheRestAndDoesNotGoBelowZero() {
        // 39.1 0.5 + 39.2 0.5 = 1 deducted, 39.5 loses the remaining 2 − 1 = 1; secondary 0, base 98
        ScoreCard card = score(f("39.5", 1), f("39.2", 1), f("39.1", 1));
        assertThat(secondary(card, IDEOLOGY, "落实保密工作责任").score()).isEqualTo(bd("0.00"));
        assertThat(secondary(card, IDEOLOGY, "落实保密工作责任").deduction()).isEqualTo(bd("2.00"));
        assertThat(card.baseScore()).isEqualTo(bd("98.00"));
        assertThat(card.explanation())
                .extracting(ExplanationLine::kind, ExplanationLine::ref, ExplanationLine::points)
                .containsExactly(
                        tuple(ExplanationKind.DEDUCTION, "39.1", bd("-0.50")),
                        tuple(ExplanationKind.DEDUCTION, "39.2", bd("-0.50")),
                        tuple(ExplanationKind.ZERO_OUT, "39.5", bd("-1.00")));
    }

    @Test
    void vetoClauseVetoesButKeepsTheScores() {
        // 61.1 0.5: 包保 2 − 0.5 = 1.5; base 99.5; 61.6 vetoes → grade 差, scores kept
        ScoreCard card = score(f("61.6", 1), f("61.1", 1));
        assertThat(card.vetoed()).isTrue();
        assertThat(card.grade()).isEqualTo("差");
        assertThat(card.baseScore()).isEqualTo(bd("99.50"));
        assertThat(card.totalScore()).isEqualTo(bd("99.50"));
        assertThat(secondary(card, SECURITY, "落实重点群众和人员包保责任").score()).isEqualTo(bd("1.50"));
        assertThat(card.explanation())
                .extracting(ExplanationLine::kind, ExplanationLine::ref)
                .containsExactly(tuple(ExplanationKind.DEDUCTION, "61.1"), tuple(ExplanationKind.VETO, "61.6"));
        assertThat(lines(card, ExplanationKind.VETO).get(0).points()).isEqualTo(bd("0.00"));
        assertThat(lines(card, ExplanationKind.VETO).get(0).text()).isEqualTo("[61.6] 凡符合否决项指标,一票否决: vetoed");
    }

    @Test
    void vetoRuleVetoesButKeepsTheScores() {
        // 1.1 × 1 = 0.2 → base 99.8; bonus 88 1 → total 100.8; veto 92 → 差
        ScoreCard card =
                score(List.of(f("1.1", 1)), List.of(bonus(88, null, "1")), List.of(new VetoClaim(92, "未完成年度主要生产经营指标")));
        assertThat(card.vetoed()).isTrue();
        assertThat(card.grade()).isEqualTo("差");
        assertThat(card.baseScore()).isEqualTo(bd("99.80"));
        assertThat(card.bonusScore()).isEqualTo(bd("1.00"));
        assertThat(card.totalScore()).isEqualTo(bd("100.80"));
        ExplanationLine last = card.explanation().get(card.explanation().size() - 1);
        assertThat(last.kind()).isEqualTo(ExplanationKind.VETO);
        assertThat(last.ref()).isEqualTo("92");
        assertThat(last.text()).isEqualTo("[92] vetoed: 未完成年度主要生产经营指标");
    }

    @Test
    void floorAtZeroStaysInsideItsSecondary() {
        // 加强政治理论学习 2: 1.1 0.2×5 = 1.0, 2.1 0.1×4 = 0.4, 3.1 0.5×2 = 1.0 → 2.4 > 2 → 0, 0.4 not deducted
        // 贯彻上级决策部署 5: 4.1 0.2 → 4.8 (the 0.4 does not leak); 党的领导 0 + 4.8 + 3 = 7.8; base 97.8
        ScoreCard card = score(f("1.1", 5), f("2.1", 4), f("3.1", 2), f("4.1", 1));
        SecondaryScore floored = secondary(card, PARTY_LEADERSHIP, "加强政治理论学习");
        assertThat(floored.score()).isEqualTo(bd("0.00"));
        assertThat(floored.deduction()).isEqualTo(bd("2.00"));
        assertThat(floored.zeroedOut()).isFalse();
        assertThat(secondary(card, PARTY_LEADERSHIP, "贯彻上级决策部署").score()).isEqualTo(bd("4.80"));
        assertThat(secondary(card, PARTY_LEADERSHIP, "落实党建工作责任").score()).isEqualTo(bd("3.00"));
        assertThat(primary(card, PARTY_LEADERSHIP).score()).isEqualTo(bd("7.80"));
        assertThat(card.baseScore()).isEqualTo(bd("97.80"));
        ExplanationLine floor = lines(card, ExplanationKind.FLOOR).get(0);
        assertThat(floor.points()).isEqualTo(bd("0.40"));
        assertThat(floor.ref()).isEqualTo("1-3");
        assertThat(floor.text()).isEqualTo("[1-3] 党的领导 / 加强政治理论学习 floor 0.00: -0.40 not deducted");
        // the FLOOR line comes after the secondary's clauses and before the next secondary's
        assertThat(card.explanation())
                .extracting(ExplanationLine::ref)
                .containsExactly("1.1", "2.1", "3.1", "1-3", "4.1");
    }

    @Test
    void countZeroDeductsNothing() {
        // a 0 count on every kind of clause: as if nothing were found
        ScoreCard card = score(f("1.1", 0), f("4.1", 0), f("69.1", 0), f("39.5", 0), f("61.6", 0));
        assertThat(card).isEqualTo(score());
    }

    @Nested
    class Bonus {

        @Test
        void twoClaimsOnOneIndicatorAreCappedAtTenPercent() {
            // 组织工作 20 points → cap 2; 85 1.5 + 86 1 = 2.5 → 2, 0.5 cut; total 100 + 2 = 102
            ScoreCard card =
                    score(List.of(), List.of(bonus(86, ORGANISATION, "1"), bonus(85, ORGANISATION, "1.5")), List.of());
            assertThat(primary(card, ORGANISATION).bonus()).isEqualTo(bd("2.00"));
            assertThat(primary(card, ORGANISATION).score()).isEqualTo(bd("20.00"));
            assertThat(card.bonusScore()).isEqualTo(bd("2.00"));
            assertThat(card.totalScore()).isEqualTo(bd("102.00"));
            assertThat(card.explanation())
                    .extracting(ExplanationLine::text)
                    .containsExactly("[85] 组织工作 +1.50", "[86] 组织工作 +1.00", "[85-87] 组织工作 bonus cap 2.00: -0.50");
            assertThat(lines(card, ExplanationKind.BONUS_CAP).get(0).points()).isEqualTo(bd("-0.50"));
            assertThat(lines(card, ExplanationKind.BONUS_CAP).get(0).indicator())
                    .isEqualTo(ORGANISATION);
        }

        @Test
        void claimsOnTwoIndicatorsAreCappedSeparately() {
            // 党的领导 10 → cap 1: 85 0.8 + 87 0.5 = 1.3 → 1 (0.3 cut); 思想政治工作 20 → cap 2: 86 1.5 stays
            // bonus 1 + 1.5 = 2.5
            ScoreCard card = score(
                    List.of(),
                    List.of(
                            bonus(85, PARTY_LEADERSHIP, "0.8"),
                            bonus(86, IDEOLOGY, "1.5"),
                            bonus(87, PARTY_LEADERSHIP, "0.5")),
                    List.of());
            assertThat(primary(card, PARTY_LEADERSHIP).bonus()).isEqualTo(bd("1.00"));
            assertThat(primary(card, IDEOLOGY).bonus()).isEqualTo(bd("1.50"));
            assertThat(primary(card, ORGANISATION).bonus()).isEqualTo(bd("0.00"));
            assertThat(card.bonusScore()).isEqualTo(bd("2.50"));
            assertThat(card.totalScore()).isEqualTo(bd("102.50"));
            assertThat(card.explanation())
                    .extracting(ExplanationLine::text)
                    .containsExactly(
                            "[85] 党的领导 +0.80",
                            "[87] 党的领导 +0.50",
                            "[85-87] 党的领导 bonus cap 1.00: -0.30",
                            "[86] 思想政治工作 +1.50");
        }

        @Test
        void fivePointIndicatorCapsAtHalfAPoint() {
            // 生产经营工作 5 → cap 0.5; 86 0.8 → 0.5, 0.3 cut
            ScoreCard card = score(List.of(), List.of(bonus(86, PRODUCTION, "0.8")), List.of());
            assertThat(primary(card, PRODUCTION).bonus()).isEqualTo(bd("0.50"));
            assertThat(card.bonusScore()).isEqualTo(bd("0.50"));
            assertThat(lines(card, ExplanationKind.BONUS_CAP))
                    .singleElement()
                    .extracting(ExplanationLine::text)
                    .isEqualTo("[85-87] 生产经营工作 bonus cap 0.50: -0.30");
        }

        @Test
        void rule88IsCappedAtThreeOnItsOwn() {
            // 88: 2 + 1.5 = 3.5 → 3 (0.5 cut); 85 组织工作 2 (= its cap, not cut) on top: bonus 3 + 2 = 5; total 105
            ScoreCard card = score(
                    List.of(),
                    List.of(bonus(88, null, "2"), bonus(85, ORGANISATION, "2"), bonus(88, null, "1.5")),
                    List.of());
            assertThat(card.bonusScore()).isEqualTo(bd("5.00"));
            assertThat(card.totalScore()).isEqualTo(bd("105.00"));
            assertThat(card.grade()).isEqualTo("好");
            assertThat(primary(card, ORGANISATION).bonus()).isEqualTo(bd("2.00"));
            assertThat(card.explanation())
                    .extracting(ExplanationLine::text)
                    .containsExactly("[85] 组织工作 +2.00", "[88] +1.50", "[88] +2.00", "[88] bonus cap 3.00: -0.50");
            // rule 88 does not count towards any indicator's bonus
            assertThat(card.indicators())
                    .extracting(PrimaryScore::bonus)
                    .filteredOn(b -> b.signum() > 0)
                    .containsExactly(bd("2.00"));
        }

        @Test
        void everyCapIsOnTheCardEvenWhenNothingIsClaimed() {
            // 10 % of 10, 20, 20, 15, 5, 10, 10, 10 points; rule 88 its own 3
            ScoreCard card = score();
            assertThat(card.bonusCaps())
                    .extracting(BonusCap::indicator, BonusCap::cap, BonusCap::claimed, BonusCap::awarded)
                    .containsExactly(
                            tuple(PARTY_LEADERSHIP, bd("1.00"), bd("0.00"), bd("0.00")),
                            tuple(ORGANISATION, bd("2.00"), bd("0.00"), bd("0.00")),
                            tuple(IDEOLOGY, bd("2.00"), bd("0.00"), bd("0.00")),
                            tuple(TestStandards.INTEGRITY, bd("1.50"), bd("0.00"), bd("0.00")),
                            tuple(PRODUCTION, bd("0.50"), bd("0.00"), bd("0.00")),
                            tuple(SECURITY, bd("1.00"), bd("0.00"), bd("0.00")),
                            tuple(UNIONS, bd("1.00"), bd("0.00"), bd("0.00")),
                            tuple(CAMPAIGNS, bd("1.00"), bd("0.00"), bd("0.00")),
                            tuple(null, bd("3.00"), bd("0.00"), bd("0.00")));
            assertThat(card.bonusCaps().get(0).rules()).containsExactly(85, 86, 87);
            assertThat(card.bonusCaps().get(8).rules()).containsExactly(88);
        }

        @Test
        void capsShowWhatWasClaimedAndWhatWasAwarded() {
            // 组织工作 cap 2: 85 1.5 + 86 1 = 2.5 claimed, 2 awarded; 88 cap 3: 2 + 1.5 = 3.5 claimed, 3 awarded;
            // 党的领导 cap 1: 87 0.4 claimed and awarded
            ScoreCard card = score(
                    List.of(),
                    List.of(
                            bonus(85, ORGANISATION, "1.5"),
                            bonus(88, null, "2"),
                            bonus(86, ORGANISATION, "1"),
                            bonus(87, PARTY_LEADERSHIP, "0.4"),
                            bonus(88, null, "1.5")),
                    List.of());
            BonusCap organisation = card.bonusCaps().get(1);
            assertThat(organisation.indicator()).isEqualTo(ORGANISATION);
            assertThat(organisation.claimed()).isEqualByComparingTo("2.5");
            assertThat(organisation.awarded()).isEqualByComparingTo("2");
            BonusCap leadership = card.bonusCaps().get(0);
            assertThat(leadership.claimed()).isEqualByComparingTo("0.4");
            assertThat(leadership.awarded()).isEqualByComparingTo("0.4");
            BonusCap rule88 = card.bonusCaps().get(8);
            assertThat(rule88.claimed()).isEqualByComparingTo("3.5");
            assertThat(rule88.awarded()).isEqualByComparingTo("3");
            assertThat(card.bonusCaps().get(2).claimed()).isEqualByComparingTo("0");
            // the awarded figures are the card's bonus: 2 + 0.4 + 3 = 5.4
            assertThat(card.bonusScore()).isEqualTo(bd("5.40"));
        }

        @Test
        void totalMayExceedOneHundredWithDeductions() {
            // base 100 − 1.1×1 0.2 = 99.8; bonus 88 3 → total 102.8
            ScoreCard card = score(List.of(f("1.1", 1)), List.of(bonus(88, null, "3.00")), List.of());
            assertThat(card.totalScore()).isEqualTo(bd("102.80"));
        }
    }

    @Nested
    class Grades {

        @Test
        void ninetyIsGood() {
            // 100 − 10 = 90.00 → 好
            ScoreCard card = score(tenPoints().toArray(Finding[]::new));
            assertThat(card.totalScore()).isEqualTo(bd("90.00"));
            assertThat(card.grade()).isEqualTo("好");
        }

        @Test
        void justBelowNinetyIsFairlyGood() {
            // 100 − 10 − 2.1×1 0.1 = 89.90; + 88 0.09 = 89.99 → 较好
            List<Finding> findings = tenPoints();
            findings.add(f("2.1", 1));
            ScoreCard card = score(findings, List.of(bonus(88, null, "0.09")), List.of());
            assertThat(card.totalScore()).isEqualTo(bd("89.99"));
            assertThat(card.grade()).isEqualTo("较好");
        }

        @Test
        void eightyIsFairlyGoodAndJustBelowIsAverage() {
            // 100 − 20 = 80.00 → 较好; 80 − 0.1 + 0.09 = 79.99 → 一般
            ScoreCard eighty = score(twentyPoints().toArray(Finding[]::new));
            assertThat(eighty.totalScore()).isEqualTo(bd("80.00"));
            assertThat(eighty.grade()).isEqualTo("较好");
            List<Finding> findings = twentyPoints();
            findings.add(f("2.1", 1));
            ScoreCard below = score(findings, List.of(bonus(88, null, "0.09")), List.of());
            assertThat(below.totalScore()).isEqualTo(bd("79.99"));
            assertThat(below.grade()).isEqualTo("一般");
        }

        @Test
        void seventyIsAverage() {
            // 100 − 30 = 70.00 → 一般
            ScoreCard card = score(thirtyPoints().toArray(Finding[]::new));
            assertThat(card.baseScore()).isEqualTo(bd("70.00"));
            assertThat(card.totalScore()).isEqualTo(bd("70.00"));
            assertThat(card.grade()).isEqualTo("一般");
            assertThat(lines(card, ExplanationKind.FLOOR)).isEmpty();
        }

        @Test
        void theGradeLevelCountsBandsFromTheBest() {
            // 100 → 好 (0); 80.00 → 较好 (1); 70.00 → 一般 (2); 69.99 → 差 (3)
            assertThat(score().gradeLevel()).isZero();
            assertThat(score(twentyPoints().toArray(Finding[]::new)).gradeLevel())
                    .isEqualTo(1);
            assertThat(score(thirtyPoints().toArray(Finding[]::new)).gradeLevel())
                    .isEqualTo(2);
            List<Finding> findings = thirtyPoints();
            findings.add(f("2.1", 1));
            ScoreCard poor = score(findings, List.of(bonus(88, null, "0.09")), List.of());
            assertThat(poor.grade()).isEqualTo("差");
            assertThat(poor.gradeLevel()).isEqualTo(3);
        }

        @Test
        void aVetoedCardHasTheLowestLevel() {
            // 100 points but vetoed by rule 89 → 差, level 3
            ScoreCard card = score(List.of(), List.of(), List.of(new VetoClaim(89, "重大不良影响")));
            assertThat(card.totalScore()).isEqualTo(bd("100.00"));
            assertThat(card.grade()).isEqualTo("差");
            assertThat(card.gradeLevel()).isEqualTo(3);
        }

        @Test
        void justBelowSeventyIsPoor() {
            // 100 − 30 − 0.1 = 69.90; + 0.09 = 69.99 → 差
            List<Finding> findings = thirtyPoints();
            findings.add(f("2.1", 1));
            ScoreCard card = score(findings, List.of(bonus(88, null, "0.09")), List.of());
            assertThat(card.totalScore()).isEqualTo(bd("69.99"));
            assertThat(card.grade()).isEqualTo("差");
        }
    }

    @Nested
    class Ordering {

        @Test
        void inputOrderDoesNotChangeTheCard() {
            List<Finding> findings = new ArrayList<>(List.of(
                    f("79.2", 3),
                    f("1.1", 5),
                    f("2.1", 4),
                    f("3.1", 2),
                    f("39.5", 1),
                    f("39.1", 1),
                    f("69.1", 4),
                    f("61.6", 1)));
            List<BonusClaim> bonuses = new ArrayList<>(List.of(
                    bonus(88, null, "1"),
                    bonus(85, UNIONS, "0.7"),
                    bonus(86, UNIONS, "0.6"),
                    bonus(85, PARTY_LEADERSHIP, "0.2")));
            List<VetoClaim> vetoes = new ArrayList<>(List.of(new VetoClaim(95, "b"), new VetoClaim(89, "a")));
            ScoreCard first = score(findings, bonuses, vetoes);
            Collections.reverse(findings);
            Collections.reverse(bonuses);
            Collections.reverse(vetoes);
            assertThat(score(findings, bonuses, vetoes)).isEqualTo(first);
            // clauses in the standard's order, then bonuses, then vetoes
            assertThat(first.explanation())
                    .extracting(ExplanationLine::ref)
                    .containsExactly(
                            "1.1", "2.1", "3.1", "1-3", "39.1", "39.5", "61.6", "69.1", "69.1", "79.2", "79.2", "85",
                            "85", "86", "85-87", "88", "89", "95");
        }

        @Test
        void explanationPointsAddUpToTotalMinusMax() {
            // 1.1..3.1: −2 (floored); 39: −2; 69.1: −0.6; 79.2 0.5×3 = 1.5 → cap 1: −1; bonuses 党的领导 0.2 + 工团 1.0 (1.3
            // capped) + 88 1
            // total = 100 − 2 − 2 − 0.6 − 1 + 0.2 + 1 + 1 = 96.6
            ScoreCard card = score(
                    List.of(
                            f("79.2", 3),
                            f("1.1", 5),
                            f("2.1", 4),
                            f("3.1", 2),
                            f("39.5", 1),
                            f("39.1", 1),
                            f("69.1", 4)),
                    List.of(
                            bonus(88, null, "1"),
                            bonus(85, UNIONS, "0.7"),
                            bonus(86, UNIONS, "0.6"),
                            bonus(85, PARTY_LEADERSHIP, "0.2")),
                    List.of());
            assertThat(card.baseScore()).isEqualTo(bd("94.40"));
            assertThat(card.bonusScore()).isEqualTo(bd("2.20"));
            assertThat(card.totalScore()).isEqualTo(bd("96.60"));
            BigDecimal sum =
                    card.explanation().stream().map(ExplanationLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(bd("-3.40"));
        }

        @Test
        void everyFigureHasScaleTwo() {
            ScoreCard card =
                    score(List.of(f("1.1", 1), f("69.1", 9)), List.of(bonus(85, PARTY_LEADERSHIP, "0.5")), List.of());
            assertThat(List.of(card.baseScore(), card.bonusScore(), card.totalScore()))
                    .allMatch(b -> b.scale() == 2);
            for (PrimaryScore p : card.indicators()) {
                assertThat(List.of(p.maxScore(), p.score(), p.bonus())).allMatch(b -> b.scale() == 2);
                for (SecondaryScore s : p.secondaries()) {
                    assertThat(List.of(s.maxScore(), s.score(), s.deduction())).allMatch(b -> b.scale() == 2);
                }
            }
            assertThat(card.explanation()).allMatch(l -> l.points().scale() == 2);
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void unknownClause() {
            InvalidScoringInputException e = invalid(List.of(f("1.1", 1), f("99.9", 1)), null, null);
            assertThat(e.field()).isEqualTo("findings[1].clause");
            assertThat(e.getMessage()).contains("99.9");
        }

        @Test
        void missingClause() {
            assertThat(invalid(List.of(new Finding(null, 1)), null, null).field())
                    .isEqualTo("findings[0].clause");
            assertThat(invalid(List.of(f("1.1", 1), f(" ", 1)), null, null).field())
                    .isEqualTo("findings[1].clause");
        }

        @Test
        void duplicateClause() {
            InvalidScoringInputException e = invalid(List.of(f("1.1", 1), f("2.1", 1), f("1.1", 2)), null, null);
            assertThat(e.field()).isEqualTo("findings[2].clause");
            assertThat(e.getMessage()).contains("1.1");
        }

        @Test
        void negativeCount() {
            assertThat(invalid(List.of(f("1.1", -1)), null, null).field()).isEqualTo("findings[0].count");
            assertThat(invalid(List.of(f("4.1", -1)), null, null).field()).isEqualTo("findings[0].count");
        }

        @Test
        void perUnitCountUpTo9999() {
            // 9999 is allowed: 0.2 × 9999 = 1999.8 ≫ 2 → floored to 0
            assertThat(secondary(score(f("1.1", 9999)), PARTY_LEADERSHIP, "加强政治理论学习")
                            .score())
                    .isEqualTo(bd("0.00"));
            assertThat(invalid(List.of(f("2.1", 1), f("1.1", 10000)), null, null)
                            .field())
                    .isEqualTo("findings[1].count");
        }

        @ParameterizedTest
        @CsvSource({"4.2", "39.5", "61.6"})
        void countAboveOneOnANonPerUnitClause(String clause) {
            InvalidScoringInputException e = invalid(List.of(f(clause, 2)), null, null);
            assertThat(e.field()).isEqualTo("findings[0].count");
            assertThat(e.getMessage()).contains("clause " + clause + " is not counted per unit: count must be 0 or 1");
        }

        @Test
        void bonusRuleNotInTheStandard() {
            assertThat(invalid(null, List.of(bonus(84, PARTY_LEADERSHIP, "0.1")), null)
                            .field())
                    .isEqualTo("bonuses[0].rule");
            assertThat(invalid(null, List.of(bonus(88, null, "1"), bonus(89, null, "1")), null)
                            .field())
                    .isEqualTo("bonuses[1].rule");
        }

        @ParameterizedTest
        @CsvSource(
                value = {"85,NULL", "86,''", "87,加分", "85,加强政治理论学习"},
                nullValues = "NULL")
        void indicatorRulesNeedAPrimaryIndicator(int rule, String indicator) {
            InvalidScoringInputException e =
                    invalid(null, List.of(bonus(88, null, "1"), bonus(rule, indicator, "0.5")), null);
            assertThat(e.field()).isEqualTo("bonuses[1].indicator");
        }

        @ParameterizedTest
        @CsvSource(
                value = {"NULL", "0", "0.00", "-1", "0.125", "1.001"},
                nullValues = "NULL")
        void bonusPointsMustBePositiveWithTwoDecimals(String points) {
            InvalidScoringInputException e = invalid(null, List.of(bonus(85, ORGANISATION, points)), null);
            assertThat(e.field()).isEqualTo("bonuses[0].points");
        }

        @Test
        void trailingZerosBeyondTwoDecimalsAreFine() {
            // 0.500 is 0.5
            ScoreCard card = score(List.of(), List.of(bonus(85, ORGANISATION, "0.500")), List.of());
            assertThat(card.bonusScore()).isEqualTo(bd("0.50"));
        }

        @Test
        void vetoRuleNotInTheStandard() {
            assertThat(invalid(null, null, List.of(new VetoClaim(89, "x"), new VetoClaim(88, "y")))
                            .field())
                    .isEqualTo("vetoes[1].rule");
            assertThat(invalid(null, null, List.of(new VetoClaim(98, null))).field())
                    .isEqualTo("vetoes[0].rule");
        }

        @Test
        void nothingIsScoredWhenTheInputIsInvalid() {
            assertThatThrownBy(() -> score(List.of(f("1.1", 1)), List.of(bonus(85, "nope", "1")), List.of()))
                    .isInstanceOf(InvalidScoringInputException.class)
                    .hasMessageStartingWith("bonuses[0].indicator: ");
        }
    }

    @Nested
    class Standards {

        @Test
        void duplicateClauseIdsAreRefused() {
            Standard s = TestStandards.dzz2021();
            PrimaryIndicator extra = TestStandards.primary(
                    "重复",
                    "基本考核项",
                    "0",
                    "ORG",
                    TestStandards.secondary(
                            "重复",
                            "0",
                            TestStandards.item(99, TestStandards.rule(1, TestStandards.flat("1.1", "1", "dup")))));
            List<PrimaryIndicator> primaries = new ArrayList<>(s.primaries());
            primaries.add(extra);
            Standard broken =
                    new Standard(s.code(), s.version(), s.name(), s.year(), s.grades(), primaries, s.bonus(), s.veto());
            assertThatThrownBy(() -> new ScoringEngine(broken))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1.1");
        }

        @Test
        void fixtureAddsUp() {
            Standard s = TestStandards.dzz2021();
            assertThat(s.totalPoints()).isEqualByComparingTo("100");
            for (PrimaryIndicator p : s.primaries()) {
                BigDecimal sum = p.secondaries().stream()
                        .map(SecondaryIndicator::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(p.name()).isEqualByComparingTo(p.points());
            }
            assertThat(s.primaries().stream()
                            .mapToInt(p -> p.secondaries().size())
                            .sum())
                    .isEqualTo(28);
        }
    }
}
