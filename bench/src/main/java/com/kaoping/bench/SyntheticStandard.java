package com.kaoping.bench;

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
import com.kaoping.scoring.VetoRule;
import com.kaoping.scoring.VetoSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A full-size stand-in for the 2021 standard until the shipped file can be loaded here: the real
 * 8 primaries and 28 secondaries with their points and rule ranges, and the real number of clauses
 * per rule (170 in rules 1–84). Clause kinds and amounts are generated (alternating flat 0.5 and
 * per-unit 0.2), except for the special clauses 39.5 (zero-out), 61.6 (veto), 69.1 and 79.2 (capped).
 */
final class SyntheticStandard {

    /** Clauses per rule 1–84, counted from the seed (index 0 unused). */
    private static final int[] CLAUSES_PER_RULE = {0,
            1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, //  1–20
            1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 6, 8, 3, 1, 3, 3, 2, 1, 5, 2, // 21–40
            4, 1, 1, 4, 3, 2, 1, 2, 2, 2, 1, 1, 2, 1, 1, 3, 4, 2, 3, 5, // 41–60
            6, 3, 3, 2, 3, 2, 2, 1, 1, 1, 2, 1, 4, 3, 2, 2, 3, 2, 2, 4, // 61–80
            2, 1, 1, 1};                                                  // 81–84

    private SyntheticStandard() {
    }

    /** {primary, points, category, department, then per secondary: name, points, first rule, last rule}. */
    private static final Object[][] TREE = {
            {"党的领导", 10, "基本考核项", "ORG",
                    "加强政治理论学习", 2, 1, 3, "贯彻上级决策部署", 5, 4, 7, "落实党建工作责任", 3, 8, 15},
            {"组织工作", 20, "基本考核项", "ORG",
                    "加强“四好班子”建设", 6, 16, 18, "推进党建重点工作", 8, 19, 26, "加强党员教育管理", 4, 27, 29,
                    "规范基层队干部管理", 2, 30, 30},
            {"思想政治工作", 20, "基本考核项", "PUB",
                    "落实意识形态工作责任制", 5, 31, 31, "严格理论中心组学习", 3, 32, 32, "加强新闻报道工作", 5, 33, 35,
                    "推进思想文化工作", 5, 36, 38, "落实保密工作责任", 2, 39, 39},
            {"党风廉政建设", 15, "基本考核项", "DISC",
                    "落实党风廉政建设主体责任", 11, 40, 47, "开展重点活动、集中整治和专项治理工作", 3, 48, 50,
                    "日常信息和管理工作", 1, 51, 52},
            {"生产经营工作", 5, "基本考核项", "PROD",
                    "围绕年度经营指标,落实各项工作", 5, 53, 56},
            {"维稳安保工作", 10, "基本考核项", "SEC",
                    "基础管理工作", 3, 57, 60, "落实重点群众和人员包保责任", 2, 61, 62, "开展风险评估排查", 1, 63, 63,
                    "重点要害部位管理", 2, 64, 66, "安保防恐工作", 1, 67, 67, "其他日常工作", 1, 68, 68},
            {"工团工作", 10, "基本考核项", "UNION",
                    "强化基础管理工作", 2, 69, 72, "深化民主管理", 2, 73, 74, "维护职工权益", 3, 75, 77,
                    "群众经济工作", 3, 78, 80},
            {"开展主题教育和专题活动", 10, "专项考核项", "ORG",
                    "“不忘**、牢记**”主题教育和“四个诠释”岗位实践活动", 5, 81, 81, "分公司作风建设年活动", 5, 82, 84},
    };

    static Standard build() {
        List<PrimaryIndicator> primaries = new ArrayList<>();
        for (Object[] p : TREE) {
            List<SecondaryIndicator> secondaries = new ArrayList<>();
            for (int k = 4; k < p.length; k += 4) {
                List<Rule> rules = new ArrayList<>();
                for (int r = (int) p[k + 2]; r <= (int) p[k + 3]; r++) {
                    rules.add(rule(r));
                }
                // one scoring item per secondary is enough for scoring; items carry no arithmetic
                secondaries.add(new SecondaryIndicator((String) p[k], BigDecimal.valueOf((int) p[k + 1]),
                        List.of(new ScoringItem((int) p[k + 2], "评分项", rules))));
            }
            primaries.add(new PrimaryIndicator((String) p[0], (String) p[2], BigDecimal.valueOf((int) p[1]),
                    (String) p[3], secondaries));
        }
        String note = "各专业部门根据情况直接认定(备注:所有加分上限不得超过一级指标分数10%)";
        BonusSection bonus = new BonusSection("激励约束项", "加分", "党建思想政治工作取得突出成效", List.of(
                new BonusRule(85, 67, "item 67", note, BonusScope.INDICATOR, BigDecimal.TEN, null),
                new BonusRule(86, 68, "item 68", note, BonusScope.INDICATOR, BigDecimal.TEN, null),
                new BonusRule(87, 69, "item 69", note, BonusScope.INDICATOR, BigDecimal.TEN, null),
                new BonusRule(88, 70, "item 70", "此项加分上限不得超过3分", BonusScope.ASSESSMENT, null, BigDecimal.valueOf(3))));
        List<VetoRule> vetoes = new ArrayList<>();
        for (int n = 89; n <= 97; n++) {
            vetoes.add(new VetoRule(n, n - 18, "item " + (n - 18), "领导小组直接认定"));
        }
        List<GradeBand> grades = List.of(new GradeBand(BigDecimal.valueOf(90), "好"),
                new GradeBand(BigDecimal.valueOf(80), "较好"), new GradeBand(BigDecimal.valueOf(70), "一般"),
                new GradeBand(BigDecimal.ZERO, "差"));
        return new Standard("BENCH-SYNTHETIC", 1, "synthetic full-size standard", 2021, grades, primaries, bonus,
                new VetoSection("否决", "党建工作责任制不落实,或产生重大不良影响", vetoes));
    }

    private static Rule rule(int number) {
        List<Clause> clauses = new ArrayList<>();
        for (int n = 1; n <= CLAUSES_PER_RULE[number]; n++) {
            String id = number + "." + n;
            clauses.add(switch (id) {
                case "39.5" -> new Clause(id, ClauseKind.ZERO_OUT, null, null, null, "本评分项不得分");
                case "61.6" -> new Clause(id, ClauseKind.VETO, null, null, null, "一票否决");
                case "69.1" -> new Clause(id, ClauseKind.PER_UNIT, new BigDecimal("0.2"), "项", new BigDecimal("0.6"),
                        "组织机构每缺一项扣0.2分,最多扣0.6分");
                case "79.2" -> new Clause(id, ClauseKind.PER_UNIT, new BigDecimal("0.5"), "条", BigDecimal.ONE,
                        "合理化建议上报条数每少一条扣0.5分,本项最多扣1分");
                default -> (number + n) % 2 == 0
                        ? new Clause(id, ClauseKind.FLAT, new BigDecimal("0.5"), null, null, "synthetic flat 扣0.5分")
                        : new Clause(id, ClauseKind.PER_UNIT, new BigDecimal("0.2"), "次", null, "synthetic 扣0.2分/次");
            });
        }
        return new Rule(number, "synthetic rule " + number, clauses);
    }
}
