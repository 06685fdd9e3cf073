package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.scoring.BonusRule;
import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.GradeBand;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.VetoRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped 2021 standard against counts and clauses checked by hand in the seed. */
class BundledStandardTest {

    private static Standard standard;
    private static Map<String, Clause> clauses;
    private static Map<Integer, Rule> rules;

    @BeforeAll
    static void load() {
        standard = StandardFileParser.loadBundled();
        rules = primaryRules(standard).stream().collect(Collectors.toMap(Rule::number, Function.identity()));
        clauses = rules.values().stream()
                .flatMap(r -> r.clauses().stream())
                .collect(Collectors.toMap(Clause::id, Function.identity()));
    }

    static List<Rule> primaryRules(Standard s) {
        return s.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(sec -> sec.items().stream())
                .flatMap(i -> i.rules().stream())
                .toList();
    }

    @Test
    void header() {
        assertThat(standard.code()).isEqualTo("DZZ-2021");
        assertThat(standard.version()).isEqualTo(1);
        assertThat(standard.name()).isEqualTo("基层党总支量化考核评分标准");
        assertThat(standard.year()).isEqualTo(2021);
        assertThat(standard.grades()).extracting(GradeBand::grade).containsExactly("好", "较好", "一般", "差");
        assertThat(standard.grades()).extracting(g -> g.min().intValueExact()).containsExactly(90, 80, 70, 0);
    }

    @Test
    void primariesWithPointsCategoriesAndDepartments() {
        assertThat(standard.primaries())
                .extracting(PrimaryIndicator::name)
                .containsExactly("党的领导", "组织工作", "思想政治工作", "党风廉政建设", "生产经营工作", "维稳安保工作", "工团工作", "开展主题教育和专题活动");
        assertThat(standard.primaries())
                .extracting(p -> p.points().intValueExact())
                .containsExactly(10, 20, 20, 15, 5, 10, 10, 10);
        assertThat(standard.primaries())
                .extracting(PrimaryIndicator::department)
                .containsExactly("ORG", "ORG", "PUB", "DISC", "PROD", "SEC", "UNION", "ORG");
        assertThat(standard.primaries())
                .extracting(PrimaryIndicator::category)
                .containsExactly("基本考核项", "基本考核项", "基本考核项", "基本考核项", "基本考核项", "基本考核项", "基本考核项", "专项考核项");
        assertThat(standard.totalPoints()).isEqualByComparingTo("100");
        for (PrimaryIndicator p : standard.primaries()) {
            BigDecimal sum =
                    p.secondaries().stream().map(SecondaryIndicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(p.name()).isEqualByComparingTo(p.points());
        }
    }

    @Test
    void secondaries() {
        List<SecondaryIndicator> all = standard.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .toList();
        assertThat(all).hasSize(28);
        assertThat(all)
                .extracting(SecondaryIndicator::name)
                .doesNotHaveDuplicates()
                .contains("加强“四好班子”建设", "落实党风廉政建设主体责任", "围绕年度经营指标,落实各项工作");
        assertThat(all.get(0).name()).isEqualTo("加强政治理论学习");
        assertThat(all.get(0).points()).isEqualByComparingTo("2");
    }

    @Test
    void itemsAndRulesAreNumberedOnceEach() {
        List<Integer> items = new ArrayList<>();
        List<Integer> ruleNumbers = new ArrayList<>();
        standard.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(s -> s.items().stream())
                .forEach(i -> {
                    items.add(i.number());
                    i.rules().forEach(r -> ruleNumbers.add(r.number()));
                });
        assertThat(items).containsExactlyElementsOf(range(1, 66));
        assertThat(ruleNumbers).containsExactlyElementsOf(range(1, 84));

        standard.bonus().rules().forEach(r -> {
            items.add(r.item());
            ruleNumbers.add(r.number());
        });
        standard.veto().rules().forEach(r -> {
            items.add(r.item());
            ruleNumbers.add(r.number());
        });
        assertThat(items).containsExactlyElementsOf(range(1, 79));
        assertThat(ruleNumbers).containsExactlyElementsOf(range(1, 97));
    }

    @Test
    void rulesFollowTheItemTheyAreAbout() {
        Map<Integer, List<Integer>> byItem = standard.primaries().stream()
                .flatMap(p -> p.secondaries().stream())
                .flatMap(s -> s.items().stream())
                .collect(Collectors.toMap(
                        ScoringItem::number,
                        i -> i.rules().stream().map(Rule::number).toList()));
        assertThat(byItem.get(21)).containsExactly(36);
        assertThat(byItem.get(22)).containsExactly(37, 38);
        assertThat(byItem.get(61)).containsExactly(77);
        assertThat(byItem.get(66)).containsExactly(82, 83, 84);
    }

    @Test
    void wordingIsTheSeeds() {
        ScoringItem item1 =
                standard.primaries().get(0).secondaries().get(0).items().get(0);
        assertThat(item1.text()).isEqualTo("深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神。");
        assertThat(rules.get(1).text()).isEqualTo("未按照计划组织专题学习研讨的,每少1次扣0.2分。");
        assertThat(rules.get(77).text()).startsWith("员工查体不及时");
        String item52 =
                standard.primaries().get(5).secondaries().get(5).items().get(0).text();
        assertThat(item52).contains("开展民兵整组、预备役登记及民兵训练工作。").doesNotContain("\n").doesNotContain(" ");
        assertThat(rules.values())
                .allSatisfy(r -> assertThat(r.text()).doesNotContain("\n").doesNotStartWith(" "));
    }

    @Test
    void clauseCountsAndIds() {
        assertThat(clauses).hasSize(170);
        assertThat(rules.get(31).clauses()).hasSize(6);
        assertThat(rules.get(32).clauses()).hasSize(8);
        assertThat(rules.get(35).clauses()).hasSize(3);
        assertThat(rules.get(39).clauses()).hasSize(5);
        assertThat(rules.get(61).clauses()).hasSize(6);
        assertThat(rules.get(66).clauses()).hasSize(2);
        for (Rule r : rules.values()) {
            assertThat(r.clauses())
                    .extracting(Clause::id)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, r.clauses().size())
                                    .mapToObj(n -> r.number() + "." + n)
                                    .toList());
            assertThat(r.clauses()).allSatisfy(c -> assertThat(r.text()).contains(c.text()));
        }
    }

    @Test
    void clausesSpotCheckedAgainstTheSeed() {
        assertClause("1.1", ClauseKind.PER_UNIT, "0.2", "次", null);
        assertClause("4.2", ClauseKind.FLAT, "0.1", null, null);
        assertClause("31.4", ClauseKind.PER_UNIT, "0.5", "次", null);
        assertThat(clauses.get("31.4").text()).isEqualTo("每年至少2次专题研究意识形态工作并留有会议记录,每少研究1次扣0.5分");
        assertClause("32.2", ClauseKind.PER_UNIT, "0.5", "人次", null);
        assertClause("35.1", ClauseKind.FLAT, "1", null, null);
        assertClause("35.2", ClauseKind.FLAT, "0.5", null, null);
        assertClause("35.3", ClauseKind.FLAT, "0.5", null, null);
        assertThat(clauses.get("35.1").text()).isEqualTo("新闻报道季度任务不踏线,中**报扣1分");
        assertThat(clauses.get("35.2").text()).isEqualTo("华**报扣0.5分");
        assertClause("39.5", ClauseKind.ZERO_OUT, null, null, null);
        assertThat(clauses.get("39.5").text()).endsWith("本评分项不得分");
        assertClause("57.1", ClauseKind.PER_UNIT, "0.2", "项", null);
        assertClause("61.6", ClauseKind.VETO, null, null, null);
        assertThat(clauses.get("61.6").text()).endsWith("一票否决");
        assertClause("66.1", ClauseKind.FLAT, "0.2", null, null);
        assertClause("66.2", ClauseKind.FLAT, "0.5", null, null);
        assertClause("69.1", ClauseKind.PER_UNIT, "0.2", "项", "0.6");
        assertClause("74.3", ClauseKind.PER_UNIT, "0.2", "项", null);
        assertClause("76.2", ClauseKind.PER_UNIT, "0.2", "次", null);
        assertClause("79.2", ClauseKind.PER_UNIT, "0.5", "条", "1");
        assertThat(clauses.values())
                .filteredOn(Clause::capped)
                .extracting(Clause::id)
                .containsExactlyInAnyOrder("69.1", "79.2");
    }

    @Test
    void bonusSection() {
        assertThat(standard.bonus().category()).isEqualTo("激励约束项");
        assertThat(standard.bonus().name()).isEqualTo("加分");
        assertThat(standard.bonus().secondary()).isEqualTo("党建思想政治工作取得突出成效");
        assertThat(standard.bonus().rules()).extracting(BonusRule::number).containsExactly(85, 86, 87, 88);
        assertThat(standard.bonus().rules()).extracting(BonusRule::item).containsExactly(67, 68, 69, 70);
        for (BonusRule r : standard.bonus().rules().subList(0, 3)) {
            assertThat(r.scope()).isEqualTo(BonusScope.INDICATOR);
            assertThat(r.capPercent()).isEqualByComparingTo("10");
            assertThat(r.cap()).isNull();
        }
        BonusRule r88 = standard.bonus().rules().get(3);
        assertThat(r88.scope()).isEqualTo(BonusScope.ASSESSMENT);
        assertThat(r88.cap()).isEqualByComparingTo("3");
        assertThat(r88.capPercent()).isNull();
        assertThat(r88.text()).startsWith("基层党总支季度申报");
    }

    @Test
    void vetoSection() {
        assertThat(standard.veto().name()).isEqualTo("否决");
        assertThat(standard.veto().secondary()).isEqualTo("党建工作责任制不落实,或产生重大不良影响");
        assertThat(standard.veto().rules()).extracting(VetoRule::number).containsExactlyElementsOf(range(89, 97));
        assertThat(standard.veto().rules()).extracting(VetoRule::item).containsExactlyElementsOf(range(71, 79));
        assertThat(standard.veto().rules().get(8).itemText()).isEqualTo("其他应当追究责任或“一票否决”的情形。");
    }

    private static void assertClause(String id, ClauseKind kind, String amount, String unit, String cap) {
        Clause c = clauses.get(id);
        assertThat(c).as(id).isNotNull();
        assertThat(c.kind()).as(id + " kind").isEqualTo(kind);
        if (amount == null) {
            assertThat(c.amount()).as(id + " amount").isNull();
        } else {
            assertThat(c.amount()).as(id + " amount").isEqualByComparingTo(amount);
        }
        assertThat(c.unit()).as(id + " unit").isEqualTo(unit);
        if (cap == null) {
            assertThat(c.cap()).as(id + " cap").isNull();
        } else {
            assertThat(c.cap()).as(id + " cap").isEqualByComparingTo(cap);
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
