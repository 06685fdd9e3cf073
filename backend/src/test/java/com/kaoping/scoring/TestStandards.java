package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A cut-down but realistic copy of the 2021 standard (基层党总支量化考核评分标准), built in Java so
 * the engine's tests do not depend on the YAML loader. Names, points and clause numbers follow the
 * seed; only some rules of each secondary indicator are kept, so secondaries sum to their primary
 * and primaries to 100. Clause texts are shortened from the seed.
 */
final class TestStandards {

    static final String PARTY_LEADERSHIP = "党的领导";
    static final String ORGANISATION = "组织工作";
    static final String IDEOLOGY = "思想政治工作";
    static final String INTEGRITY = "党风廉政建设";
    static final String PRODUCTION = "生产经营工作";
    static final String SECURITY = "维稳安保工作";
    static final String UNIONS = "工团工作";
    static final String CAMPAIGNS = "开展主题教育和专题活动";

    static final String BASIC = "基本考核项";
    static final String SPECIAL = "专项考核项";

    private TestStandards() {}

    /** 8 primaries (100 points), 28 secondaries, bonus rules 85–88, veto rules 89–97, bands 90/80/70/0. */
    static Standard dzz2021() {
        List<PrimaryIndicator> primaries = List.of(
                primary(
                        PARTY_LEADERSHIP,
                        BASIC,
                        "10",
                        "ORG",
                        secondary(
                                "加强政治理论学习",
                                "2",
                                item(
                                        1,
                                        rule(1, perUnit("1.1", "0.2", "次", "未按照计划组织专题学习研讨的,每少1次扣0.2分")),
                                        rule(2, perUnit("2.1", "0.1", "篇", "要求学习篇目缺失的,扣0.1分/篇")),
                                        rule(3, perUnit("3.1", "0.5", "人次", "总支委员未到联系单位开展专题宣讲或讲授专题党课的,扣0.5分/人次")))),
                        secondary(
                                "贯彻上级决策部署",
                                "5",
                                item(
                                        2,
                                        rule(
                                                4,
                                                flat("4.1", "0.2", "未组织传达学习的,扣0.2分"),
                                                flat("4.2", "0.1", "传达学习不到位的,扣0.1分")),
                                        rule(
                                                5,
                                                flat("5.1", "0.5", "未召开党总支委员会讨论制定全年工作方案或年度计划的,扣0.5分"),
                                                flat("5.2", "0.2", "制定的工作计划内容不详实、工作措施不具体的扣0.2分")),
                                        rule(6, perUnit("6.1", "0.2", "项", "上级安排部署的重点工作未在方案、计划中体现的,扣0.2分/项")),
                                        rule(7, perUnit("7.1", "0.5", "项", "未按照要求召开党总支委员会,研究、部署、推进党建重点工作的,扣0.5分/项")))),
                        secondary(
                                "落实党建工作责任",
                                "3",
                                item(
                                        3,
                                        rule(8, flat("8.1", "0.5", "未组织传达学习的,扣0.5分")),
                                        rule(9, flat("9.1", "1", "党总支发挥领导作用不力,造成不良后果的,扣1分"))))),
                primary(
                        ORGANISATION,
                        BASIC,
                        "20",
                        "ORG",
                        secondary(
                                "加强“四好班子”建设",
                                "6",
                                item(
                                        6,
                                        rule(16, flat("16.1", "1", "“四好班子”建设效果不显著,考核末位且低于95分的,扣1分")),
                                        rule(
                                                17,
                                                flat("17.1", "1", "未建立党总支委员党建“三联”示范点的,扣1分"),
                                                perUnit("17.2", "0.1", "人次", "没有按时到党建三联示范点帮扶指导的,扣0.1分/人次"),
                                                perUnit("17.3", "0.1", "人次", "未按要求开展谈心谈话的,扣0.1分/人次")))),
                        secondary(
                                "推进党建重点工作",
                                "8",
                                item(
                                        9,
                                        rule(19, flat("19.1", "2", "未认真开展述职评议考核的,扣2分")),
                                        rule(20, flat("20.1", "1", "述职评议考核未实现2年全覆盖的,扣1分")))),
                        secondary(
                                "加强党员教育管理",
                                "4",
                                item(
                                        15,
                                        rule(27, flat("27.1", "1", "未对“三会一课”、党日活动开展情况进行督导检查和公示的,扣1分")),
                                        rule(
                                                29,
                                                flat("29.1", "1", "党员发展材料不齐全,填写不规范的,扣1分"),
                                                flat("29.2", "1", "未按要求及时上报材料的,扣1分"),
                                                flat("29.3", "0.5", "未及时备案的,扣0.5分")))),
                        secondary(
                                "规范基层队干部管理",
                                "2",
                                item(17, rule(30, perUnit("30.1", "0.5", "人次", "未按规定选拔…私自压缩程序等,扣0.5分/人次"))))),
                primary(
                        IDEOLOGY,
                        BASIC,
                        "20",
                        "PUB",
                        secondary(
                                "落实意识形态工作责任制",
                                "5",
                                item(
                                        18,
                                        rule(
                                                31,
                                                flat("31.1", "1", "把意识形态工作纳入年度工作报告或计划,未体现的扣1分"),
                                                flat("31.2", "0.5", "未按要求组织意识形态工作学习的扣0.5分"),
                                                perUnit("31.3", "0.1", "人.次", "未列入的扣0.1分/人.次"),
                                                perUnit("31.4", "0.5", "次", "每年至少2次专题研究意识形态工作并留有会议记录,每少研究1次扣0.5分"),
                                                flat("31.5", "1", "未及时上报的扣1分"),
                                                flat("31.6", "2", "未妥善处理的扣2分")))),
                        secondary(
                                "严格理论中心组学习",
                                "3",
                                item(
                                        19,
                                        rule(
                                                32,
                                                flat("32.1", "1", "未建立中心组集体学习档案,资料不齐全、不规范的,扣1分"),
                                                perUnit("32.2", "0.5", "人.次", "中心组成员个人学习档案和记录不齐全、不详实的,扣0.5分/人.次")))),
                        secondary(
                                "加强新闻报道工作",
                                "5",
                                item(
                                        20,
                                        rule(34, perUnit("34.1", "0.2", "篇", "未按要求…投稿的,少1篇扣0.2分")),
                                        rule(
                                                35,
                                                flat("35.1", "1", "中**报扣1分"),
                                                flat("35.2", "0.5", "华**报扣0.5分"),
                                                flat("35.3", "0.5", "渤钻信息网扣0.5分")))),
                        secondary(
                                "推进思想文化工作",
                                "5",
                                item(22, rule(38, perUnit("38.1", "1", "次", "出现违反员工行为规范、在HSE审核定级中被定级为C级等情形的,扣1分/次")))),
                        secondary(
                                "落实保密工作责任",
                                "2",
                                item(
                                        23,
                                        rule(
                                                39,
                                                flat("39.1", "0.5", "保密组织机构不健全、调整不及时的,扣0.5分"),
                                                flat("39.2", "0.5", "未正确签订保密责任书或承诺书的,扣0.5分"),
                                                flat("39.3", "0.5", "未开展保密宣传教育的,扣0.5分"),
                                                flat("39.4", "0.5", "保密技术防范措施不到位的,扣0.5分"),
                                                zeroOut("39.5", "保密制度执行不严格,发生失泄密事件或敏感信息安全预警事件,本评分项不得分"))))),
                primary(
                        INTEGRITY,
                        BASIC,
                        "15",
                        "DISC",
                        secondary(
                                "落实党风廉政建设主体责任",
                                "11",
                                item(
                                        24,
                                        rule(40, flat("40.1", "1", "未签订的,扣1分"), flat("40.2", "0.5", "未按要求签订的,扣0.5分")),
                                        rule(46, flat("46.1", "2", "未组织学习的,扣2分"), flat("46.2", "1", "学习不到位的,扣1分")))),
                        secondary(
                                "开展重点活动、集中整治和专项治理工作",
                                "3",
                                item(32, rule(48, flat("48.1", "1", "未开展的,扣1分"), flat("48.2", "0.5", "开展不到位的,扣0.5分")))),
                        secondary(
                                "日常信息和管理工作",
                                "1",
                                item(
                                        35,
                                        rule(51, perUnit("51.1", "0.2", "篇", "每少1篇扣0.2分")),
                                        rule(52, perUnit("52.1", "0.2", "项", "未按要求定期上报“八项规定”、“三重一大”相关报表的,扣0.2分/项"))))),
                primary(
                        PRODUCTION,
                        BASIC,
                        "5",
                        "PROD",
                        secondary(
                                "围绕年度经营指标,落实各项工作",
                                "5",
                                item(
                                        37,
                                        rule(53, flat("53.1", "1", "产值未踏线运行的,扣1分"), flat("53.2", "1", "利润未踏线运行的,扣1分")),
                                        rule(54, flat("54.1", "1", "涉及单位未按方案要求完成提速提效指标的,扣1分")),
                                        rule(55, flat("55.1", "1", "未按进度完成节支降耗指标的,扣1分")),
                                        rule(
                                                56,
                                                flat("56.1", "0.5", "未制定培训计划的,扣0.5分"),
                                                flat("56.2", "0.3", "未落实导师带徒制度的,扣0.3分"),
                                                flat("56.3", "0.2", "培训效果不达标的,扣0.2分"))))),
                primary(
                        SECURITY,
                        BASIC,
                        "10",
                        "SEC",
                        secondary(
                                "基础管理工作",
                                "3",
                                item(
                                        41,
                                        rule(
                                                57,
                                                perUnit("57.1", "0.2", "项", "基础资料、管理台账不齐全的,扣0.2 分/项"),
                                                flat("57.2", "0.2", "人员配备不到位的,扣0.2分"),
                                                perUnit("57.3", "0.2", "项", "工作有漏缺项的,扣0.2分/项"),
                                                flat("57.4", "0.5", "漏报、瞒报,上报不及时的,扣0.5分")))),
                        secondary(
                                "落实重点群众和人员包保责任",
                                "2",
                                item(
                                        45,
                                        rule(
                                                61,
                                                flat("61.1", "0.5", "重点群体、重点人员稳控措施责任不落实的,扣0.5分"),
                                                flat("61.2", "1", "发生非访越级访及群体性事件的,扣1分"),
                                                flat("61.3", "1", "重点阶段发生问题的,扣1分"),
                                                flat("61.4", "0.5", "干部值班不到位的,扣0.5分"),
                                                flat("61.5", "0.5", "突发事件应对处置不力的,扣0.5分"),
                                                veto("61.6", "凡符合否决项指标,一票否决")))),
                        secondary(
                                "开展风险评估排查",
                                "1",
                                item(
                                        47,
                                        rule(
                                                63,
                                                flat("63.1", "0.5", "维稳安保排查工作不到位的,扣0.5分"),
                                                flat("63.2", "0.2", "未开展及时有效的风险评估的,扣0.2分"),
                                                flat("63.3", "0.2", "未制订稳定风险消减措施的,扣0.2分")))),
                        secondary(
                                "重点要害部位管理",
                                "2",
                                item(
                                        48,
                                        rule(
                                                64,
                                                flat("64.1", "1", "所涉区域发生治安保卫事件的,扣1分"),
                                                flat("64.2", "1", "外包队伍及工程承包发生治安刑事事件的,扣1分")))),
                        secondary(
                                "安保防恐工作",
                                "1",
                                item(
                                        51,
                                        rule(
                                                67,
                                                flat("67.1", "0.5", "未制定安保防恐制度,落实工作措施不到位的,扣0.5分"),
                                                flat("67.2", "0.2", "未开展防恐培训,应急演练效果不达标,频次不够的,扣0.2分")))),
                        secondary("其他日常工作", "1", item(52, rule(68, flat("68.1", "0.2", "任何一项落实不到位、不彻底的,扣0.2分"))))),
                primary(
                        UNIONS,
                        BASIC,
                        "10",
                        "UNION",
                        secondary(
                                "强化基础管理工作",
                                "2",
                                item(
                                        53,
                                        rule(69, capped(perUnit("69.1", "0.2", "项", "组织机构每缺一项扣0.2分,最多扣0.6分"), "0.6")),
                                        rule(70, flat("70.1", "0.5", "未按规定召开的,扣0.5分")))),
                        secondary(
                                "深化民主管理",
                                "2",
                                item(
                                        57,
                                        rule(
                                                73,
                                                flat("73.1", "0.8", "不召开职代会的,扣0.8分"),
                                                flat("73.2", "0.2", "程序不规范的,扣0.2分")),
                                        rule(
                                                74,
                                                flat("74.1", "0.5", "未建立厂务公开栏的,扣0.5分"),
                                                flat("74.2", "0.5", "基层小队未建立厂务公开微信群的,扣0.5分"),
                                                perUnit("74.3", "0.2", "项", "未按要求对需公开事项进行公开的,每发现一项扣0.2分")))),
                        secondary(
                                "维护职工权益",
                                "3",
                                item(
                                        60,
                                        rule(
                                                76,
                                                flat("76.1", "0.5", "未建立职工家庭管理动态档案的,扣0.5分"),
                                                perUnit("76.2", "0.2", "次", "未及时更新的,每次扣0.2分")))),
                        secondary(
                                "群众经济工作",
                                "3",
                                item(
                                        63,
                                        rule(
                                                79,
                                                flat("79.1", "1", "未按要求数量申报“淘金”成果的,扣1分"),
                                                capped(perUnit("79.2", "0.5", "条", "合理化建议上报条数每少一条扣0.5分,本项最多扣1分"), "1")),
                                        rule(
                                                80,
                                                flat("80.1", "1", "未制订“三比“劳动竞赛方案的,扣1分"),
                                                flat("80.2", "1", "未组织评比通报的,扣1分"),
                                                flat("80.3", "1", "未按要求对评出的先进队伍实施奖励的,扣1分"),
                                                flat("80.4", "1", "未评比落后队或者无帮促措施的,扣1分"))))),
                primary(
                        CAMPAIGNS,
                        SPECIAL,
                        "10",
                        "ORG",
                        secondary(
                                "“不忘**、牢记**”主题教育和“四个诠释”岗位实践活动",
                                "5",
                                item(
                                        65,
                                        rule(
                                                81,
                                                flat("81.1", "2", "未按要求制定教育活动方案的,扣2分"),
                                                flat("81.2", "1", "教育活动推动不力的,扣1分")))),
                        secondary(
                                "分公司作风建设年活动",
                                "5",
                                item(
                                        66,
                                        rule(82, flat("82.1", "1", "未按照要求召开总支委员会研究细化活动推进计划的扣1分")),
                                        rule(83, flat("83.1", "1", "未按照方案计划要求推进阶段性重点任务、总结报送活动信息材料扣1分")),
                                        rule(84, flat("84.1", "1", "班子成员未进行指导推动或有效贯彻落实的,扣1分"))))));

        String indicatorNote = "各专业部门根据情况直接认定(备注:所有加分上限不得超过一级指标分数10%)";
        BonusSection bonus = new BonusSection(
                "激励约束项",
                "加分",
                "党建思想政治工作取得突出成效",
                List.of(
                        new BonusRule(
                                85,
                                67,
                                "重要理论创新…受到公司级(含)以上表彰或奖励。",
                                indicatorNote,
                                BonusScope.INDICATOR,
                                new BigDecimal("10"),
                                null),
                        new BonusRule(
                                86,
                                68,
                                "工作任务超额完成下达考核指标的同步进度。",
                                indicatorNote,
                                BonusScope.INDICATOR,
                                new BigDecimal("10"),
                                null),
                        new BonusRule(
                                87,
                                69,
                                "代表分公司完成上级相关工作…受到公司级(含)以上表彰或奖励。",
                                indicatorNote,
                                BonusScope.INDICATOR,
                                new BigDecimal("10"),
                                null),
                        new BonusRule(
                                88,
                                70,
                                "聚焦生产经营不偏离…形成具有推广价值的经验做法。",
                                "基层党总支季度申报,…领导小组认定(备注:此项加分上限不得超过3分)",
                                BonusScope.ASSESSMENT,
                                null,
                                new BigDecimal("3"))));

        List<VetoRule> vetoRules = new ArrayList<>();
        for (int n = 89; n <= 97; n++) {
            vetoRules.add(new VetoRule(n, n - 18, "否决情形 " + (n - 18), "分公司基层党建思想政治保障体系考评管理领导小组直接认定。"));
        }
        VetoSection veto = new VetoSection("否决", "党建工作责任制不落实,或产生重大不良影响", vetoRules);

        List<GradeBand> grades = List.of(
                new GradeBand(new BigDecimal("90"), "好"),
                new GradeBand(new BigDecimal("80"), "较好"),
                new GradeBand(new BigDecimal("70"), "一般"),
                new GradeBand(new BigDecimal("0"), "差"));
        return new Standard("DZZ-2021-TEST", 1, "基层党总支量化考核评分标准(测试)", 2021, grades, primaries, bonus, veto);
    }

    static Clause perUnit(String id, String amount, String unit, String text) {
        return new Clause(id, ClauseKind.PER_UNIT, new BigDecimal(amount), unit, null, text);
    }

    static Clause flat(String id, String amount, String text) {
        return new Clause(id, ClauseKind.FLAT, new BigDecimal(amount), null, null, text);
    }

    static Clause capped(Clause clause, String cap) {
        return new Clause(
                clause.id(), clause.kind(), clause.amount(), clause.unit(), new BigDecimal(cap), clause.text());
    }

    static Clause zeroOut(String id, String text) {
        return new Clause(id, ClauseKind.ZERO_OUT, null, null, null, text);
    }

    static Clause veto(String id, String text) {
        return new Clause(id, ClauseKind.VETO, null, null, null, text);
    }

    static Rule rule(int number, Clause... clauses) {
        StringBuilder text = new StringBuilder();
        for (Clause c : clauses) {
            text.append(text.length() == 0 ? "" : ";").append(c.text());
        }
        return new Rule(number, text + "。", List.of(clauses));
    }

    static ScoringItem item(int number, Rule... rules) {
        return new ScoringItem(number, "评分项 " + number, List.of(rules));
    }

    static SecondaryIndicator secondary(String name, String points, ScoringItem... items) {
        return new SecondaryIndicator(name, new BigDecimal(points), List.of(items));
    }

    static PrimaryIndicator primary(
            String name, String category, String points, String department, SecondaryIndicator... secondaries) {
        return new PrimaryIndicator(name, category, new BigDecimal(points), department, List.of(secondaries));
    }

    /** Every clause of the standard, in order. */
    static List<Clause> clauses(Standard standard) {
        List<Clause> all = new ArrayList<>();
        for (PrimaryIndicator p : standard.primaries()) {
            for (SecondaryIndicator s : p.secondaries()) {
                for (ScoringItem i : s.items()) {
                    for (Rule r : i.rules()) {
                        all.addAll(r.clauses());
                    }
                }
            }
        }
        return all;
    }
}
