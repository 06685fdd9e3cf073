package com.kaoping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard's read model, checked against the 2021 standard as printed. */
class StandardTreeTest {

    static final Standard STANDARD = TestStandards.dzz2021();
    static final StandardTree TREE = StandardTree.of(STANDARD);

    @Test
    void everyClauseOfTheDeductionRulesIsListedOnceInTheStandardsOrder() {
        List<String> printed =
                TestStandards.clauses(STANDARD).stream().map(Clause::id).toList();
        assertThat(TREE.clauses()).extracting(p -> p.clause().id()).containsExactlyElementsOf(printed);
        assertThat(printed.get(0)).isEqualTo("1.1");
        List<String> byPrimary = STANDARD.primaries().stream()
                .flatMap(p -> TREE.clausesOf(p).stream())
                .map(Clause::id)
                .toList();
        assertThat(byPrimary).containsExactlyElementsOf(printed);
    }

    @Test
    void aSecondaryIndicatorsClausesAreThoseOfItsRules() {
        // 党的领导 / 加强政治理论学习 (2分): rules 1, 2 and 3, one clause each
        SecondaryIndicator study = STANDARD.primaries().get(0).secondaries().get(0);
        assertThat(study.name()).isEqualTo("加强政治理论学习");
        assertThat(TREE.clausesOf(study)).extracting(Clause::id).containsExactly("1.1", "2.1", "3.1");
    }

    @Test
    void aClauseIsFoundWithItsPlace() {
        // 69.1 组织机构每缺一项扣0.2分 (最多扣0.6分): rule 69 of item 53, under 工团工作
        StandardTree.Placed placed = TREE.clause("69.1").orElseThrow();
        assertThat(placed.rule().number()).isEqualTo(69);
        assertThat(placed.item().number()).isEqualTo(53);
        assertThat(placed.primary().name()).isEqualTo("工团工作");
        assertThat(placed.clause().cap()).isEqualByComparingTo("0.6");
        assertThat(TREE.clause("0.9")).isEmpty();
        assertThat(TREE.clause(null)).isEmpty();
    }
}
