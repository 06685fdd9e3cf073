package com.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScoringEngine#validate} lists every problem of an input, where scoring stops at the first. */
class ScoringValidationTest {

    static final ScoringEngine ENGINE = new ScoringEngine(TestStandards.dzz2021());

    @Test
    void anInputTheEngineCanScoreHasNoProblem() {
        ScoringInput input = new ScoringInput(
                List.of(new Finding("1.1", 3), new Finding("70.1", 1)),
                List.of(new BonusClaim(85, "组织工作", new BigDecimal("0.5")), new BonusClaim(88, null, BigDecimal.ONE)),
                List.of(new VetoClaim(89, "重大违纪")));

        assertThat(ENGINE.validate(input)).isEmpty();
    }

    @Test
    void aBonusClaimCanNeverBeAwardedMoreThanItsRulesCap() {
        // 85–87: 10 % of the indicator's points (组织工作 20 → 2.00, 党的领导 10 → 1.00); 88: 3 points of its own
        assertThat(ENGINE.bonusCeiling(85, "组织工作")).contains(new BigDecimal("2.00"));
        assertThat(ENGINE.bonusCeiling(87, "党的领导")).contains(new BigDecimal("1.00"));
        assertThat(ENGINE.bonusCeiling(88, null))
                .hasValueSatisfying(cap -> assertThat(cap).isEqualByComparingTo("3"));
        assertThat(ENGINE.bonusCeiling(85, "没有这个指标")).isEmpty();
        assertThat(ENGINE.bonusCeiling(85, null)).isEmpty();
        assertThat(ENGINE.bonusCeiling(42, null)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsPositionInTheInput() {
        ScoringInput input = new ScoringInput(
                List.of(
                        new Finding("0.9", 1), // no such clause
                        new Finding("1.1", -1), // negative
                        new Finding("70.1", 2), // 70.1 (扣0.5分) is flat: 0 or 1
                        new Finding("2.1", 4)), // fine
                List.of(
                        new BonusClaim(99, null, BigDecimal.ONE), // 99 is no bonus rule (85–88)
                        new BonusClaim(88, null, BigDecimal.ZERO)), // bonus points must be positive
                List.of(new VetoClaim(42, "x"))); // 42 is a deduction rule, not a veto rule (89–97)

        List<InputProblem> problems = ENGINE.validate(input);

        assertThat(problems)
                .extracting(InputProblem::field)
                .containsExactly(
                        "findings[0].clause",
                        "findings[1].count",
                        "findings[2].count",
                        "bonuses[0].rule",
                        "bonuses[1].points",
                        "vetoes[0].rule");
        assertThat(problems.get(2).message()).contains("70.1").contains("0 or 1");
    }

    @Test
    void aClauseListedTwiceIsOneProblemNamingTheSecondEntry() {
        List<InputProblem> problems = ENGINE.validate(
                ScoringInput.ofFindings(List.of(new Finding("1.1", 1), new Finding("2.1", 1), new Finding("1.1", 2))));

        assertThat(problems).extracting(InputProblem::field).containsExactly("findings[2].clause");
        assertThat(problems.get(0).message()).contains("findings[0]");
    }

    @Test
    void scoringStillRefusesTheFirstProblem() {
        ScoringInput input = ScoringInput.ofFindings(List.of(new Finding("1.1", -1), new Finding("0.9", 1)));

        assertThatThrownBy(() -> ENGINE.score(input))
                .isInstanceOfSatisfying(
                        InvalidScoringInputException.class,
                        e -> assertThat(e.field()).isEqualTo("findings[0].count"));
        assertThat(ENGINE.validate(input)).hasSize(2);
    }
}
