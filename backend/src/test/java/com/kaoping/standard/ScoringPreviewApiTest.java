package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /api/scoring/preview against the shipped 2021 standard on MariaDB. Every expected figure is worked by hand
 * from the seed (shared/seed), never taken from the engine.
 */
class ScoringPreviewApiTest extends MariaDbIntegrationTest {

    private ApiClient.Response preview(String body) {
        return as("branch01").post("/api/scoring/preview", body);
    }

    private static BigDecimal num(JsonNode node) {
        return node.decimalValue().stripTrailingZeros();
    }

    private static JsonNode indicator(JsonNode card, String name) {
        for (JsonNode indicator : card.get("indicators")) {
            if (indicator.get("name").asText().equals(name)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + name + " in " + card);
    }

    private static JsonNode secondary(JsonNode card, String primary, String name) {
        for (JsonNode secondary : indicator(card, primary).get("secondaries")) {
            if (secondary.get("name").asText().equals(name)) {
                return secondary;
            }
        }
        throw new AssertionError("no secondary " + name);
    }

    @Test
    void noFindingsScoresFullMarks() {
        JsonNode card = preview("{}").json();
        assertThat(num(card.get("baseScore"))).isEqualByComparingTo("100");
        assertThat(num(card.get("totalScore"))).isEqualByComparingTo("100");
        assertThat(card.get("grade").asText()).isEqualTo("好");
        assertThat(card.get("vetoed").asBoolean()).isFalse();
        assertThat(card.get("indicators")).hasSize(8);
        assertThat(card.get("explanation")).isEmpty();
    }

    @Test
    void perUnitDeductionsAndBonuses() {
        // 1.1 每少1次扣0.2分 ×3 = 0.6; 2.1 扣0.1分/篇 ×2 = 0.2; 加强政治理论学习 2 − 0.8 = 1.2
        // 党的领导 = 1.2 + 5 + 3 = 9.2; base = 99.2
        // bonus: 85 on 组织工作 0.5 (cap 10% of 20 = 2) + 88 1 (cap 3) = 1.5; total 100.7
        ApiClient.Response response = preview("""
                {"findings": [{"clause": "1.1", "count": 3}, {"clause": "2.1", "count": 2}],
                 "bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0.5}, {"rule": 88, "points": 1}]}
                """);
        assertThat(response.status()).isEqualTo(200);
        JsonNode card = response.json();
        assertThat(num(secondary(card, "党的领导", "加强政治理论学习").get("score"))).isEqualByComparingTo("1.2");
        assertThat(num(indicator(card, "党的领导").get("score"))).isEqualByComparingTo("9.2");
        assertThat(num(indicator(card, "组织工作").get("bonus"))).isEqualByComparingTo("0.5");
        assertThat(num(card.get("baseScore"))).isEqualByComparingTo("99.2");
        assertThat(num(card.get("bonusScore"))).isEqualByComparingTo("1.5");
        assertThat(num(card.get("totalScore"))).isEqualByComparingTo("100.7");
        assertThat(card.get("explanation").toString())
                .contains("1.1")
                .contains("2.1")
                .contains("85")
                .contains("88");
    }

    @Test
    void capOnClause69() {
        // 69.1 组织机构每缺一项扣0.2分,最多扣0.6分: ×5 = 1.0, capped at 0.6; 强化基础管理工作 2 − 0.6 = 1.4; base 99.4
        JsonNode card = preview("{\"findings\": [{\"clause\": \"69.1\", \"count\": 5}]}")
                .json();
        assertThat(num(secondary(card, "工团工作", "强化基础管理工作").get("score"))).isEqualByComparingTo("1.4");
        assertThat(num(card.get("baseScore"))).isEqualByComparingTo("99.4");
        assertThat(card.get("explanation").toString()).contains("CAP").contains("69.1");
    }

    @Test
    void zeroOutClause39_5() {
        // 39.5 本评分项不得分: 落实保密工作责任 (2) scores 0 even with only 0.5 deducted elsewhere in it; base 98
        JsonNode card = preview("{\"findings\": [{\"clause\": \"39.1\"}, {\"clause\": \"39.5\"}]}")
                .json();
        JsonNode secrecy = secondary(card, "思想政治工作", "落实保密工作责任");
        assertThat(num(secrecy.get("score"))).isEqualByComparingTo("0");
        assertThat(secrecy.get("zeroedOut").asBoolean()).isTrue();
        assertThat(num(card.get("baseScore"))).isEqualByComparingTo("98");
        assertThat(card.get("explanation").toString()).contains("ZERO_OUT").contains("39.5");
    }

    @Test
    void vetoClause61_6KeepsScoresButGradesBad() {
        // 61.6 一票否决: scores kept (100), grade 差, vetoed
        JsonNode card = preview("{\"findings\": [{\"clause\": \"61.6\"}]}").json();
        assertThat(card.get("vetoed").asBoolean()).isTrue();
        assertThat(card.get("grade").asText()).isEqualTo("差");
        assertThat(num(card.get("totalScore"))).isEqualByComparingTo("100");
    }

    @Test
    void vetoRuleGivenAsNumberOrObject() {
        assertThat(preview("{\"vetoes\": [89]}").json().get("vetoed").asBoolean())
                .isTrue();
        JsonNode card =
                preview("{\"vetoes\": [{\"rule\": 97, \"reason\": \"其他情形\"}]}").json();
        assertThat(card.get("vetoed").asBoolean()).isTrue();
        assertThat(card.get("explanation").toString()).contains("97");
    }

    @Test
    void floorAtZeroInsideOneSecondary() {
        // 推进党建重点工作 8: 19.1 2 + 20.1 1 + 21.1 1 + 23.1 0.5 + 24.1 0.5 + 25.1 0.5 + 25.2 0.5 + 26.1 1 = 7,
        // + 22.1 0.1/人次 ×20 = 2 → 9 > 8: scores 0, not −1; 组织工作 = 6 + 0 + 4 + 2 = 12; base 92
        JsonNode card = preview("""
                {"findings": [{"clause": "19.1"}, {"clause": "20.1"}, {"clause": "21.1"}, {"clause": "23.1"},
                  {"clause": "24.1"}, {"clause": "25.1"}, {"clause": "25.2"}, {"clause": "26.1"},
                  {"clause": "22.1", "count": 20}]}
                """).json();
        assertThat(num(secondary(card, "组织工作", "推进党建重点工作").get("score"))).isEqualByComparingTo("0");
        assertThat(num(indicator(card, "组织工作").get("score"))).isEqualByComparingTo("12");
        assertThat(num(card.get("baseScore"))).isEqualByComparingTo("92");
        assertThat(card.get("explanation").toString()).contains("FLOOR");
    }

    @Test
    void bonusCapsPerIndicatorAndRule88() {
        // 组织工作 (20): 85 1.5 + 86 1.0 = 2.5 → cap 2.0; 生产经营工作 (5): 85 1 → cap 0.5; 88: 5 → cap 3
        // bonus = 2 + 0.5 + 3 = 5.5; total 105.5
        JsonNode card = preview("""
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 1.5},
                             {"rule": 86, "indicator": "组织工作", "points": 1.0},
                             {"rule": 85, "indicator": "生产经营工作", "points": 1},
                             {"rule": 88, "points": 5}]}
                """).json();
        assertThat(num(indicator(card, "组织工作").get("bonus"))).isEqualByComparingTo("2");
        assertThat(num(indicator(card, "生产经营工作").get("bonus"))).isEqualByComparingTo("0.5");
        assertThat(num(card.get("bonusScore"))).isEqualByComparingTo("5.5");
        assertThat(num(card.get("totalScore"))).isEqualByComparingTo("105.5");
        assertThat(card.get("explanation").toString()).contains("BONUS_CAP");
    }

    @Test
    void gradeBandEdges() {
        // exactly 10 off: 19.1 2 + 20.1 1 + 21.1 1 + 26.1 1 (组织工作) + 31.6 2 + 31.1 1 (思想政治工作) + 46.1 2 (党风廉政建设) = 10
        String tenOff =
                "{\"clause\": \"19.1\"}, {\"clause\": \"20.1\"}, {\"clause\": \"21.1\"}, {\"clause\": \"26.1\"},"
                        + " {\"clause\": \"31.6\"}, {\"clause\": \"31.1\"}, {\"clause\": \"46.1\"}";
        JsonNode ninety = preview("{\"findings\": [" + tenOff + "]}").json();
        assertThat(num(ninety.get("totalScore"))).isEqualByComparingTo("90");
        assertThat(ninety.get("grade").asText()).isEqualTo("好");
        // one more point off (9.1 扣1分) → 89, + rule 88 bonus 0.99 → 89.99: still 较好
        JsonNode below = preview("{\"findings\": [" + tenOff + ", {\"clause\": \"9.1\"}],"
                        + " \"bonuses\": [{\"rule\": 88, \"points\": 0.99}]}")
                .json();
        assertThat(num(below.get("totalScore"))).isEqualByComparingTo("89.99");
        assertThat(below.get("grade").asText()).isEqualTo("较好");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"findings": [{"clause": "99.9"}]}                                   | findings[0].clause
            {"findings": [{"clause": "1.1"}, {"clause": "1.2", "count": 1}]}     | findings[1].clause
            {"findings": [{"clause": "1.1", "count": -1}]}                       | findings[0].count
            {"findings": [{"clause": "1.1", "count": 1.5}]}                      | findings[0].count
            {"findings": [{"clause": "1.1", "count": "many"}]}                   | findings[0].count
            {"findings": [{"clause": "4.2", "count": 2}]}                        | findings[0].count
            {"bonuses": [{"rule": 84, "indicator": "组织工作", "points": 1}]}     | bonuses[0].rule
            {"bonuses": [{"rule": 85, "indicator": "不存在的指标", "points": 1}]}  | bonuses[0].indicator
            {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0}]}     | bonuses[0].points
            {"bonuses": [{"rule": 88, "points": -1}]}                            | bonuses[0].points
            {"bonuses": [{"rule": 88, "points": 0.125}]}                         | bonuses[0].points
            {"vetoes": [88]}                                                     | vetoes[0].rule
            {"vetoes": ["x"]}                                                    | vetoes[0]
            {"findings": [                                                       | body
            """)
    void badInputIsRefusedNamingTheEntry(String body, String field) {
        ApiClient.Response response = preview(body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void unknownStandardIs404() {
        assertThat(preview("{\"standard\": \"NOPE\"}").status()).isEqualTo(404);
    }

    @Test
    void anonymousMayNotPreview() {
        assertThat(anonymous().post("/api/scoring/preview", "{}").status()).isEqualTo(401);
    }
}
