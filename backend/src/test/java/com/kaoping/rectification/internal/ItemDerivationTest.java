package com.kaoping.rectification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.kaoping.ownership.Ownership;
import com.kaoping.rectification.internal.ItemDerivation.Derived;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.standard.StandardFileParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Items from a final score card of the bundled 2021 standard, the figures worked out by hand from the seed
 * (/work/shared/seed, docs/rectification.md "Items").
 */
class ItemDerivationTest {

    static Standard standard;
    static ScoringEngine engine;

    @BeforeAll
    static void load() {
        standard = StandardFileParser.loadBundled();
        engine = new ScoringEngine(standard);
    }

    private static List<Derived> derive(ScoringInput input, Map<String, String> notes) {
        ScoreCard card = engine.score(input);
        return ItemDerivation.derive(card, Ownership.of(standard, Map.of()), notes, "ORG");
    }

    @Test
    void everyClauseThatCostPointsOpensOneItemWithWhatItCostAfterItsCap() {
        List<Derived> items = derive(
                new ScoringInput(
                        List.of(
                                // rule 1: 每少1次扣0.2分 ×3 = 0.60 (党的领导 → ORG)
                                new Finding("1.1", 3),
                                // rule 39 (落实保密工作责任, 2 points): 39.1 flat 0.50, then 39.5 本评分项不得分 takes
                                // what is left: 2 − 0.50 = 1.50 (思想政治工作 → PUB)
                                new Finding("39.1", 1),
                                new Finding("39.5", 1),
                                // rule 61.6 一票否决: costs no points, still to rectify (维稳安保工作 → SEC)
                                new Finding("61.6", 1),
                                // rule 69: 每缺一项扣0.2分 ×4 = 0.80, 最多扣0.6分 → 0.60 (工团工作 → UNION)
                                new Finding("69.1", 4)),
                        // a bonus costs nothing: no item
                        List.of(new BonusClaim(88, null, new BigDecimal("1"))),
                        // veto rule 89 belongs to no indicator: the configured department checks it
                        List.of(new VetoClaim(89, "国有资产流失"))),
                Map.of("1.1", "少组织3次专题学习", "89", "国有资产流失"));

        assertThat(items)
                .extracting(Derived::clause, Derived::kind, Derived::deduction, Derived::department, Derived::note)
                .containsExactly(
                        tuple("1.1", "DEDUCTION", new BigDecimal("0.60"), "ORG", "少组织3次专题学习"),
                        tuple("39.1", "DEDUCTION", new BigDecimal("0.50"), "PUB", null),
                        tuple("39.5", "ZERO_OUT", new BigDecimal("1.50"), "PUB", null),
                        tuple("61.6", "VETO", new BigDecimal("0.00"), "SEC", null),
                        tuple("69.1", "DEDUCTION", new BigDecimal("0.60"), "UNION", null),
                        tuple("89", "VETO", new BigDecimal("0.00"), "ORG", "国有资产流失"));
        assertThat(items.get(0).wording()).isEqualTo("未按照计划组织专题学习研讨的,每少1次扣0.2分");
        assertThat(items.get(4).wording()).isEqualTo("组织机构每缺一项扣0.2分");
    }

    @Test
    void theFloorOfASecondaryLeavesEachClauseWithItsOwnDeduction() {
        // 加强政治理论学习 has 2 points: 1.1 ×8 = 1.60 and 2.1 ×7 = 0.70 add up to 2.30; the secondary scores 0
        // (FLOOR gives back 0.30), and each clause is still rectified for what the standard deducts for it
        List<Derived> items =
                derive(ScoringInput.ofFindings(List.of(new Finding("1.1", 8), new Finding("2.1", 7))), Map.of());

        assertThat(items)
                .extracting(Derived::clause, Derived::deduction)
                .containsExactly(tuple("1.1", new BigDecimal("1.60")), tuple("2.1", new BigDecimal("0.70")));
    }

    @Test
    void aResultWithoutDeductionsOpensNothing() {
        assertThat(derive(ScoringInput.ofFindings(List.of()), Map.of())).isEmpty();
    }
}
