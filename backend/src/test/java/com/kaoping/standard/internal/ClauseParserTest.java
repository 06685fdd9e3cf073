package com.kaoping.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardFileParser;
import com.kaoping.web.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The clause parser on every rule of the 2021 standard and on wordings the 2021 standard does not use. */
class ClauseParserTest {

    private final ClauseParser parser = new ClauseParser();

    static Stream<Arguments> rulesOf2021() {
        Standard s = StandardFileParser.loadBundled();
        return s.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(sec -> sec.items().stream())
                .flatMap(i -> i.rules().stream())
                .map(r -> Arguments.of(r.number(), r));
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rulesOf2021")
    void everyRuleOf2021ParsesToTheShippedClauses(int number, Rule rule) {
        ClauseParser.Result result = parser.parse(rule.number(), rule.text());
        assertThat(result.problems()).isEmpty();
        assertThat(result.clauses()).containsExactlyElementsOf(rule.clauses());
    }

    @Test
    void the2021StandardHas84DeductionRules() {
        assertThat(rulesOf2021()).hasSize(84);
    }

    static Stream<Arguments> bonusRulesOf2021() {
        return StandardFileParser.loadBundled().bonus().rules().stream().map(r -> Arguments.of(r.number(), r));
    }

    @ParameterizedTest(name = "bonus rule {0}")
    @MethodSource("bonusRulesOf2021")
    void everyBonusRuleOf2021StatesItsCap(int number, BonusRule rule) {
        List<Text> problems = new ArrayList<>();
        ClauseParser.BonusCap cap = parser.bonusCap(rule.text(), problems);
        assertThat(problems).isEmpty();
        assertThat(cap).isEqualTo(new ClauseParser.BonusCap(rule.scope(), rule.capPercent(), rule.cap()));
    }

    // --- wordings, one by one -------------------------------------------------------------------

    static Stream<Arguments> perUnitWordings() {
        return Stream.of(
                Arguments.of("未组织专题学习的,每少1次扣0.2分", "0.2", "次"),
                Arguments.of("要求学习篇目缺失的,扣0.1分/篇", "0.1", "篇"),
                Arguments.of("未讲授党课的,扣0.5分/人次", "0.5", "人次"),
                Arguments.of("被定级为C级的,扣1分/次", "1", "次"),
                Arguments.of("未公开的,每发现一项扣0.2分", "0.2", "项"),
                Arguments.of("投稿不足的,少1篇扣0.2分", "0.2", "篇"),
                Arguments.of("未参加培训的,每缺一人次扣0.3分", "0.3", "人次"),
                Arguments.of("记录不全的,扣0.1分/人.次", "0.1", "人次"),
                Arguments.of("记录不全的,扣0.1分/人·次", "0.1", "人次"),
                Arguments.of("台账不齐全的,扣0.2 分/项", "0.2", "项"),
                Arguments.of("未及时更新的,每次扣0.2分", "0.2", "次"),
                Arguments.of("合理化建议每少一条扣0.5分", "0.5", "条"),
                Arguments.of("专题研究每少研究1次扣0.5分", "0.5", "次"),
                Arguments.of("缺课的,每人次扣0.1分", "0.1", "人次"),
                Arguments.of("缺一项扣0.5分", "0.5", "项"),
                Arguments.of("未上报的,扣0.3分/每次", "0.3", "次"),
                Arguments.of("未上报的,每少一篇,扣零点五分", "0.5", "篇"),
                Arguments.of("未上报的，扣０．２分／篇", "0.2", "篇"),
                Arguments.of("未参加的,扣0.2分/人", "0.2", "人"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perUnitWordings")
    void perUnitDeductions(String text, String amount, String unit) {
        ClauseParser.Result r = parser.parse(5, text);
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses()).hasSize(1);
        Clause c = r.clauses().get(0);
        assertThat(c.kind()).isEqualTo(ClauseKind.PER_UNIT);
        assertThat(c.amount()).isEqualByComparingTo(amount);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.cap()).isNull();
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.id()).isEqualTo("5.1");
    }

    static Stream<Arguments> flatWordings() {
        return Stream.of(
                Arguments.of("未组织传达学习的,扣0.2分", "0.2"),
                Arguments.of("未组织传达学习的扣1分", "1"),
                Arguments.of("未组织传达学习的,扣一分", "1"),
                Arguments.of("未组织传达学习的,扣两分", "2"),
                Arguments.of("未组织传达学习的,扣半分", "0.5"),
                Arguments.of("未组织传达学习的,扣十二分", "12"),
                Arguments.of("未组织传达学习的，扣１分", "1"),
                Arguments.of("未组织传达学习的,扣除0.5分", "0.5"),
                Arguments.of("未组织传达学习的,扣 1 分", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flatWordings")
    void flatDeductions(String text, String amount) {
        ClauseParser.Result r = parser.parse(4, text);
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClauseKind.FLAT);
            assertThat(c.amount()).isEqualByComparingTo(amount);
            assertThat(c.unit()).isNull();
            assertThat(c.text()).isEqualTo(text);
        });
    }

    @Test
    void aRuleSplitsAtEachDeductionWhateverThePunctuation() {
        ClauseParser.Result r = parser.parse(4, "未组织的，扣0.2分；不到位的，扣0.1分。未报告的扣1分、未整改的扣0.5分");
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses())
                .extracting(Clause::id, Clause::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4.1", "未组织的，扣0.2分"),
                        org.assertj.core.groups.Tuple.tuple("4.2", "不到位的，扣0.1分"),
                        org.assertj.core.groups.Tuple.tuple("4.3", "未报告的扣1分"),
                        org.assertj.core.groups.Tuple.tuple("4.4", "未整改的扣0.5分"));
    }

    static Stream<Arguments> capWordings() {
        return Stream.of(
                Arguments.of("组织机构每缺一项扣0.2分,最多扣0.6分", "0.6"),
                Arguments.of("合理化建议每少一条扣0.5分,本项最多扣1分", "1"),
                Arguments.of("合理化建议每少一条扣0.5分，此项最多扣一分", "1"),
                Arguments.of("合理化建议每少一条扣0.5分,累计最高扣2分", "2"),
                Arguments.of("合理化建议每少一条扣0.5分,扣分不超过1.5分", "1.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capWordings")
    void capsBelongToTheClauseBefore(String text, String cap) {
        ClauseParser.Result r = parser.parse(79, "未申报的,扣1分;" + text + "。");
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses()).hasSize(2);
        assertThat(r.clauses().get(0).cap()).isNull();
        assertThat(r.clauses().get(1).cap()).isEqualByComparingTo(cap);
        assertThat(r.clauses().get(1).text()).doesNotContain("最").doesNotContain("不超过");
    }

    @Test
    void theClauseAfterACapStartsAfterIt() {
        ClauseParser.Result r = parser.parse(9, "每缺一项扣0.2分,最多扣0.6分;未报告的,扣1分");
        assertThat(r.clauses()).extracting(Clause::text).containsExactly("每缺一项扣0.2分", "未报告的,扣1分");
    }

    @Test
    void zeroOutAndVeto() {
        ClauseParser.Result r = parser.parse(39, "未开展的,扣0.5分;发生失泄密事件的,本评分项不得分;凡符合否决项指标,一票否决。");
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses())
                .extracting(Clause::kind)
                .containsExactly(ClauseKind.FLAT, ClauseKind.ZERO_OUT, ClauseKind.VETO);
        assertThat(r.clauses().get(1).amount()).isNull();
        assertThat(parser.parse(1, "发生事件的,该项不得分").clauses())
                .extracting(Clause::kind)
                .containsExactly(ClauseKind.ZERO_OUT);
    }

    // --- what it reports instead of guessing ---------------------------------------------------

    @Test
    void aDeductionWithoutAnAmountIsReported() {
        ClauseParser.Result r = parser.parse(3, "未组织的,酌情扣分");
        assertThat(r.clauses()).isEmpty();
        assertThat(r.problems())
                .containsExactly(Text.of("standard.warning.notUnderstood", "word", "扣", "context", "未组织的,酌情扣分"));
    }

    @Test
    void aRuleWithoutAnyDeductionIsReported() {
        ClauseParser.Result r = parser.parse(3, "各专业部门根据情况直接认定");
        assertThat(r.clauses()).isEmpty();
        assertThat(r.problems()).containsExactly(Text.of("standard.warning.noDeduction"));
    }

    @Test
    void aDeductionPerSeveralUnitsIsRefusedNotRounded() {
        ClauseParser.Result r = parser.parse(3, "未投稿的,每少2篇扣0.5分");
        assertThat(r.problems())
                .containsExactly(
                        Text.of("standard.warning.perSeveral", "wording", "每少2篇扣0.5分", "count", "2", "unit", "篇"));
    }

    @Test
    void aCapWithNothingToCapIsReported() {
        assertThat(parser.parse(3, "最多扣1分").problems()).contains(Text.of("standard.warning.capAlone", "cap", "最多扣1分"));
        assertThat(parser.parse(3, "发生事件的,本评分项不得分,最多扣1分").problems())
                .contains(Text.of(
                        "standard.warning.capAfterNoAmount",
                        "cap",
                        "最多扣1分",
                        "kind",
                        Text.of("standard.kind.ZERO_OUT")));
        assertThat(parser.parse(3, "每缺一项扣0.2分,最多扣0.6分,最多扣1分").problems())
                .containsExactly(Text.of("standard.warning.capTwice", "cap", "最多扣1分", "clause", "3.1"));
    }

    @Test
    void textAfterTheLastDeductionIsReported() {
        ClauseParser.Result r = parser.parse(3, "未组织的,扣1分,由组织部认定");
        assertThat(r.clauses()).hasSize(1);
        assertThat(r.problems()).containsExactly(Text.of("standard.warning.trailingText", "tail", "由组织部认定"));
    }

    @Test
    void bonusCaps() {
        List<Text> problems = new ArrayList<>();
        assertThat(parser.bonusCap("直接认定(备注:所有加分上限不得超过一级指标分数10%)", problems))
                .isEqualTo(new ClauseParser.BonusCap(BonusScope.INDICATOR, new BigDecimal("10"), null));
        assertThat(parser.bonusCap("认定（备注：此项加分上限不得超过3分）", problems))
                .isEqualTo(new ClauseParser.BonusCap(BonusScope.ASSESSMENT, null, new BigDecimal("3")));
        assertThat(parser.bonusCap("认定,加分不超过一级指标分值的5％", problems))
                .isEqualTo(new ClauseParser.BonusCap(BonusScope.INDICATOR, new BigDecimal("5"), null));
        assertThat(parser.bonusCap("认定,此项最多加两分", problems))
                .isEqualTo(new ClauseParser.BonusCap(BonusScope.ASSESSMENT, null, new BigDecimal("2")));
        assertThat(problems).isEmpty();
        assertThat(parser.bonusCap("各专业部门根据情况直接认定", problems)).isNull();
        assertThat(problems).containsExactly(Text.of("standard.warning.noBonusCap"));
    }
}
