package com.kaoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Server texts carry {@code code} and {@code args} beside a {@code text} in the request's language (docs/i18n.md):
 * Accept-Language first, then the user's own choice, zh-CN by default. Expected texts are worked out by hand from the
 * seed standard (69.1: 0.2 per missing item, at most 0.6; 4.1: 0.2 once) and the demo organisation (B03 第三党总支).
 */
class ServerTextsApiTest extends MariaDbIntegrationTest {

    /** Latin letters in a Chinese text: none, except in the codes and numbers it quotes. */
    private static final String LATIN_WORD = "[A-Za-z]{2,}";

    @Test
    void aProblemDetailSpeaksTheRequestsLanguage() {
        String body = "{\"findings\": [{\"clause\": \"4.1\", \"count\": 2}]}";
        JsonNode zh = as("branch01").post("/api/scoring/preview", body).json();
        assertThat(zh.get("status").asInt()).isEqualTo(400);
        assertThat(zh.get("field").asText()).isEqualTo("findings[0].count");
        assertThat(zh.get("code").asText()).isEqualTo("problem.count.flat");
        assertThat(zh.get("args").get("clause").asText()).isEqualTo("4.1");
        assertThat(zh.get("args").get("max").asText()).isEqualTo("1");
        assertThat(zh.get("text").asText()).isEqualTo("第 4.1 条不按次计扣，只能填 0 或 1（收到 2）");
        assertThat(zh.get("detail").asText()).isEqualTo(zh.get("text").asText());
        assertThat(zh.get("title").asText()).isEqualTo("输入有误");

        JsonNode en = as("branch01")
                .language("en-US,en;q=0.9")
                .post("/api/scoring/preview", body)
                .json();
        assertThat(en.get("code").asText()).isEqualTo("problem.count.flat");
        assertThat(en.get("text").asText())
                .isEqualTo("clause 4.1 is not counted per unit: count must be 0 or 1 (got 2)");
        assertThat(en.get("title").asText()).isEqualTo("Invalid input");

        // a fraction is refused with the allowed range, never rounded
        JsonNode fraction = as("branch01")
                .post("/api/scoring/preview", "{\"findings\": [{\"clause\": \"1.1\", \"count\": 2.5}]}")
                .json();
        assertThat(fraction.get("code").asText()).isEqualTo("problem.count.fraction");
        assertThat(fraction.get("text").asText()).isEqualTo("次数须为整数，不能有小数（收到 2.5；允许 0–9999）");
    }

    @Test
    void explanationLinesAreRenderedOutsideTheEngine() {
        // 69.1 ×5 = 1.00, capped at 0.60: 0.40 given back
        String body =
                "{\"findings\": [{\"clause\": \"69.1\", \"count\": 5}], \"bonuses\": [{\"rule\": 88, \"points\": 1}]}";
        JsonNode zh = as("branch01").post("/api/scoring/preview", body).json();
        JsonNode cap = line(zh, "CAP");
        assertThat(cap.get("code").asText()).isEqualTo("explanation.cap");
        assertThat(cap.get("args").get("cap").asText()).isEqualTo("0.60");
        assertThat(cap.get("args").get("cut").asText()).isEqualTo("0.40");
        assertThat(cap.get("text").asText()).isEqualTo("[69.1] 本条最多扣 0.60 分：超出的 0.40 分不再扣除");
        assertThat(line(zh, "BONUS").get("text").asText()).isEqualTo("[88] 加 1.00 分");
        for (JsonNode line : zh.get("explanation")) {
            assertThat(line.get("text").asText()).as(line.toString()).doesNotContainPattern(LATIN_WORD);
        }

        JsonNode en =
                as("branch01").language("en").post("/api/scoring/preview", body).json();
        assertThat(line(en, "CAP").get("text").asText()).isEqualTo("[69.1] capped at 0.60: 0.40 not deducted");
        assertThat(line(en, "BONUS").get("text").asText()).isEqualTo("[88] bonus +1.00");
    }

    @Test
    void withoutAcceptLanguageTheUsersOwnChoiceApplies() {
        ApiClient union = as("reviewer-union");
        try {
            assertThat(union.put("/api/me/preferences", "{\"language\": \"en\"}")
                            .status())
                    .isEqualTo(200);
            JsonNode english = union.get("/api/cycles/987654321").json();
            assertThat(english.get("code").asText()).isEqualTo("problem.cycle.notFound");
            assertThat(english.get("text").asText()).isEqualTo("No cycle 987654321");
            // the request's own language comes first
            JsonNode chinese = as("reviewer-union")
                    .language("zh-CN")
                    .get("/api/cycles/987654321")
                    .json();
            assertThat(chinese.get("text").asText()).isEqualTo("考核周期 987654321 不存在");
        } finally {
            union.put("/api/me/preferences", "{\"language\": \"zh-CN\"}");
        }
        assertThat(as("reviewer-union")
                        .get("/api/cycles/987654321")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("考核周期 987654321 不存在");
    }

    @Test
    void notificationsAndHistoryFollowTheReadersLanguage() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2087, \"quarter\": 1, \"branches\": [\"B03\"]}", 1);
        long assessment = q.assessmentId("branch03", "B03");
        q.complete(
                "branch03",
                "selfAssessment",
                "B03",
                "{\"findings\": [{\"clause\": \"1.1\", \"count\": 2}], \"comment\": \"按时自评\"}");
        q.complete("reviewer-org", "departmentReview", "B03", "{\"decision\": \"return\", \"comment\": \"请补充材料\"}");
        for (String department : List.of("pub", "disc", "prod", "sec", "union")) {
            if (q.findTask("reviewer-" + department, "departmentReview", "B03").isPresent()) {
                q.complete("reviewer-" + department, "departmentReview", "B03", "{\"decision\": \"approve\"}");
            }
        }

        JsonNode returned = notification(as("branch03"), assessment, "RETURNED");
        assertThat(returned.get("code").asText()).isEqualTo("notification.returned.branch");
        assertThat(returned.get("args").get("branch").asText()).isEqualTo("B03");
        assertThat(returned.get("text").asText()).isEqualTo("已退回党总支重新自评 · 第三党总支");
        assertThat(returned.get("message").asText())
                .isEqualTo(returned.get("text").asText());
        assertThat(notification(as("branch03").language("en"), assessment, "RETURNED")
                        .get("text")
                        .asText())
                .isEqualTo("Returned to the branch for Self-assessment · 第三党总支");
        assertThat(notification(as("branch03"), assessment, "ASSIGNED")
                        .get("text")
                        .asText())
                .isEqualTo("新的待办：自评 · 第三党总支");

        List<String> zh =
                details(as("branch03").get("/api/assessments/" + assessment).json());
        assertThat(zh).contains("已为第三党总支（B03）开启考核", "提交自评：1 项扣分，自评得分 99.60", "党委组织部：未调整扣分");
        zh.forEach(d -> assertThat(d).doesNotContainPattern("[A-Za-z]{3,}"));
        List<String> en = details(as("branch03")
                .language("en")
                .get("/api/assessments/" + assessment)
                .json());
        assertThat(en)
                .contains(
                        "Assessment opened for 第三党总支 (B03)",
                        "Self-assessment submitted: 1 findings, self score 99.60",
                        "Organisation Department: findings unchanged");
        JsonNode entry = as("branch03")
                .get("/api/assessments/" + assessment)
                .json()
                .get("history")
                .get(0);
        assertThat(entry.get("code").asText()).isEqualTo("history.opened");
        assertThat(entry.get("args").get("branchName").asText()).isEqualTo("第三党总支");

        // the task list names the task in the reader's language, and the branch by name
        JsonNode task = q.task("branch03", "selfAssessment", "B03");
        assertThat(task.get("name").asText()).isEqualTo("自评");
        assertThat(task.get("branchName").asText()).isEqualTo("第三党总支");
    }

    private static JsonNode line(JsonNode card, String kind) {
        for (JsonNode line : card.get("explanation")) {
            if (line.get("kind").asText().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no " + kind + " line in " + card);
    }

    private static JsonNode notification(ApiClient client, long assessment, String kind) {
        for (JsonNode n : client.get("/api/notifications").json()) {
            if (n.path("assessmentId").asLong() == assessment
                    && n.get("kind").asText().equals(kind)) {
                return n;
            }
        }
        throw new AssertionError("no " + kind + " notification of assessment " + assessment);
    }

    private static List<String> details(JsonNode assessment) {
        List<String> out = new ArrayList<>();
        assessment.get("history").forEach(h -> out.add(h.get("detail").asText()));
        return out;
    }
}
