package com.kaoping.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.report.ReportFiles;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * From a locked quarter to every item closed, through the HTTP API on MariaDB (docs/rectification.md). Cycle 2073 Q1:
 * B01 lost 1.1 ×3 = 0.60 (ORG), 39.1 = 0.50 (PUB) and 69.1 ×4 = 0.80 capped at 0.60 (UNION), so 100 − 1.70 = 98.30;
 * B02 lost nothing and has nothing to rectify.
 */
class RectificationApiTest extends MariaDbIntegrationTest {

    @Test
    void fromALockedQuarterToEveryItemClosed() throws Exception {
        Instant beforeLock = Instant.now();
        QuarterDriver q = QuarterDriver.locked(this, 2073, 1, Map.of("B01", """
                        [{"clause": "1.1", "count": 3, "note": "少组织3次专题学习"},
                         {"clause": "39.1", "count": 1, "note": "保密组织机构未调整"},
                         {"clause": "69.1", "count": 4}]""", "B02", "[]"), Map.of(), Map.of());
        long cycle = q.cycleId();
        String items = "/api/rectifications?cycle=" + cycle;

        // the lock opened exactly the clauses that cost B01 points; B02 has none and no task
        JsonNode all = ok(as("leader").get(items));
        assertThat(clauses(all)).containsExactly("1.1", "39.1", "69.1");
        assertThat(texts(all, "department")).containsExactly("ORG", "PUB", "UNION");
        assertThat(texts(all, "deduction")).containsExactly("0.6", "0.5", "0.6");
        assertThat(texts(all, "state")).containsOnly("OPEN");
        assertThat(texts(all, "branch")).containsOnly("B01");
        assertThat(all.get(0).get("reviewNote").asText()).isEqualTo("少组织3次专题学习");
        Instant due = Instant.parse(all.get(0).get("due").asText());
        assertThat(due)
                .isBetween(beforeLock.plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)));
        long assessment = all.get(0).get("assessmentId").asLong();
        JsonNode finalBefore = q.assessment("leader", assessment).path("scores").path("final");
        assertThat(finalBefore.get("totalScore").decimalValue()).isEqualByComparingTo("98.30");
        assertThat(q.findTask("branch02", "rectificationPlan", "B02")).isEmpty();

        // who sees what
        assertThat(clauses(ok(as("branch01").get(items)))).containsExactly("1.1", "39.1", "69.1");
        assertThat(ok(as("branch02").get(items))).isEmpty();
        assertThat(as("branch02").get(items + "&branch=B01").status()).isEqualTo(403);
        assertThat(clauses(ok(as("reviewer-org").get(items)))).containsExactly("1.1");
        assertThat(as("reviewer-org").get(items + "&department=PUB").status()).isEqualTo(403);
        assertThat(clauses(ok(as("admin").get(items + "&department=UNION")))).containsExactly("69.1");
        badRequest(as("leader").get(items + "&state=DONE"), "state");
        badRequest(as("leader").get("/api/rectifications?cycle=abc"), "cycle");
        badRequest(as("leader").get(items + "&department=NOPE"), "department");
        badRequest(as("leader").get(items + "&branch=B99"), "branch");

        // the branch's plan: a draft first, then bad submissions leave nothing behind, then the whole plan
        String plan = q.task("branch01", "rectificationPlan", "B01").get("id").asText();
        assertThat(as("branch01").put("/api/tasks/" + plan + "/draft", """
                {"items": [{"clause": "1.1", "measures": "补开专题学习研讨3次"}]}""").status())
                .isEqualTo(204);
        JsonNode drafted = ok(as("branch01").get(items + "&state=OPEN"));
        assertThat(drafted.get(0).get("measures").asText()).isEqualTo("补开专题学习研讨3次");
        badRequest(complete("branch01", plan, entries("1.1", "39.1")), "items");
        badRequest(complete("branch01", plan, """
                {"items": [{"clause": "1.1", "measures": "m", "responsible": "张三", "plannedDate": "31.01.2027"}]}"""), "items[0].plannedDate");
        badRequest(complete("branch01", plan, entries("1.1", "39.1", "69.1", "8.1")), "items[3].clause");
        badRequest(complete("branch01", plan, """
                {"items": [{"clause": "1.1", "measures": "m", "responsible": "张三"}]}"""), "items[0].plannedDate");
        assertThat(as("branch02")
                        .post("/api/tasks/" + plan + "/complete", entries("1.1", "39.1", "69.1"))
                        .status())
                .isEqualTo(403);
        assertThat(texts(ok(as("leader").get(items)), "state")).containsOnly("OPEN");
        assertThat(complete("branch01", plan, entries("1.1", "39.1", "69.1")).status())
                .isEqualTo(204);
        assertThat(texts(ok(as("leader").get(items)), "state")).containsOnly("PLANNED");

        // one check per owning department; ORG and UNION accept, PUB returns its item with a reason
        assertThat(q.findTask("reviewer-disc", "rectificationCheck", "B01")).isEmpty();
        String orgCheck =
                q.task("reviewer-org", "rectificationCheck", "B01").get("id").asText();
        badRequest(complete("reviewer-org", orgCheck, "{\"decision\": \"maybe\"}"), "decision");
        badRequest(complete("reviewer-org", orgCheck, """
                {"decision": "accept", "items": [{"clause": "39.1", "decision": "accept"}]}"""), "items[0].clause");
        assertThat(complete("reviewer-org", orgCheck, "{\"decision\": \"accept\"}")
                        .status())
                .isEqualTo(204);
        String pubCheck =
                q.task("reviewer-pub", "rectificationCheck", "B01").get("id").asText();
        badRequest(complete("reviewer-pub", pubCheck, """
                {"decision": "accept", "items": [{"clause": "39.1", "decision": "return"}]}"""), "items[0].reason");
        assertThat(complete("reviewer-pub", pubCheck, """
                        {"decision": "accept", "items": [{"clause": "39.1", "decision": "return", "reason": "未见调整文件"}]}""").status()).isEqualTo(204);
        q.complete("reviewer-union", "rectificationCheck", "B01", "{\"decision\": \"accept\"}");

        JsonNode checked = ok(as("leader").get(items));
        assertThat(texts(checked, "state")).containsExactly("CLOSED", "RETURNED", "CLOSED");
        assertThat(checked.get(1).get("checkReason").asText()).isEqualTo("未见调整文件");

        // back to the branch for the returned item only: a closed item is read-only
        String again = q.task("branch01", "rectificationPlan", "B01").get("id").asText();
        assertThat(complete("branch01", again, entries("1.1", "39.1")).status()).isEqualTo(409);
        badRequest(complete("branch01", again, "{\"items\": []}"), "items");
        assertThat(complete("branch01", again, entries("39.1")).status()).isEqualTo(204);
        assertThat(q.findTask("reviewer-org", "rectificationCheck", "B01")).isEmpty();
        q.complete("reviewer-pub", "rectificationCheck", "B01", "{\"decision\": \"accept\"}");

        // every item closed, the process over, the locked result untouched
        JsonNode closed = ok(as("leader").get(items));
        assertThat(texts(closed, "state")).containsOnly("CLOSED");
        assertThat(texts(closed, "overdue")).containsOnly("false");
        assertThat(closed.get(1).get("checks")).hasSize(2);
        assertThat(q.findTask("branch01", "rectificationPlan", "B01")).isEmpty();
        assertThat(q.findTask("reviewer-pub", "rectificationCheck", "B01")).isEmpty();
        assertThat(q.assessment("leader", assessment).path("scores").path("final"))
                .isEqualTo(finalBefore);
        assertThat(ok(as("admin").get("/api/audit/chain")).get("intact").asBoolean())
                .isTrue();

        // the overview: B01 three items, all closed
        JsonNode overview = ok(as("leader").get("/api/rectifications/overview?cycle=" + cycle));
        assertThat(overview.get("branches")).hasSize(1);
        assertThat(overview.get("branches").get(0).get("closed").asInt()).isEqualTo(3);
        assertThat(overview.get("branches").get(0).get("rate").decimalValue()).isEqualByComparingTo("1");
        assertThat(overview.get("departments")).hasSize(3);

        // the ledger, opened again: every item, its measures and its checks
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("leader"), "/api/rectifications.xlsx?cycle=" + cycle))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheet("整改台账"));
            assertThat(rows.get(1)).startsWith("党总支", "编码", "条款", "类别", "评分说明", "扣分");
            assertThat(rows.subList(2, rows.size())).hasSize(3);
            List<Object> pub = rows.get(3);
            assertThat(pub.subList(1, 6)).containsExactly("B01", "39.1", "扣分", "保密组织机构不健全、调整不及时的,扣0.5分", 0.5);
            assertThat(pub.get(9)).isEqualTo("已销号");
            assertThat(pub.get(11)).isEqualTo("措施39.1");
            assertThat((String) pub.get(15)).contains("reviewer-pub 退回:未见调整文件").contains("reviewer-pub 通过");
        }
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("reviewer-org"), "/api/rectifications.xlsx?cycle=" + cycle))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheet("整改台账"));
            assertThat(rows.subList(2, rows.size())).hasSize(1);
            assertThat(rows.get(2).get(2)).isEqualTo("1.1");
        }
        badRequest(as("leader").get("/api/rectifications.xlsx"), "cycle");
    }

    /**
     * 2074 Q1 cost B03 1.1 ×2 (ORG) and 4.1 (ORG); in 2074 Q2 the branch records 1.1 again and 5.1 for the first
     * time: 1.1 is a repeated deduction (重复扣分) in the forms and in the leadership group's confirmation.
     */
    @Test
    void theNextQuarterShowsLastQuartersItemsAndMarksARepeatedDeduction() {
        QuarterDriver.locked(
                this,
                2074,
                1,
                Map.of("B03", "[{\"clause\": \"1.1\", \"count\": 2}, {\"clause\": \"4.1\", \"count\": 1}]"),
                Map.of(),
                Map.of());
        QuarterDriver next = QuarterDriver.open(this, "{\"year\": 2074, \"quarter\": 2, \"branches\": [\"B03\"]}", 1);
        long assessment = next.assessmentId("branch03", "B03");

        JsonNode form = next.assessment("branch03", assessment);
        assertThat(clauses(form.get("lastQuarter"))).containsExactly("1.1", "4.1");
        assertThat(texts(form.get("lastQuarter"), "state")).containsOnly("OPEN");
        assertThat(form.get("lastQuarter").get(0).get("year").asInt()).isEqualTo(2074);
        assertThat(form.get("lastQuarter").get(0).get("quarter").asInt()).isEqualTo(1);
        assertThat(form.get("repeatedDeductions")).isEmpty();

        String self = next.task("branch03", "selfAssessment", "B03").get("id").asText();
        String findings = "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}, {\"clause\": \"5.1\", \"count\": 1}]}";
        assertThat(as("branch03").put("/api/tasks/" + self + "/draft", findings).status())
                .isEqualTo(204);
        JsonNode drafted = next.assessment("branch03", assessment);
        assertThat(texts(drafted.get("findings"), "clause")).containsExactly("1.1", "5.1");
        assertThat(texts(drafted.get("findings"), "repeated")).containsExactly("true", "false");
        assertThat(drafted.get("findings")
                        .get(0)
                        .get("previous")
                        .get("deduction")
                        .decimalValue())
                .isEqualByComparingTo("0.40");
        assertThat(drafted.get("findings").get(1).get("previous").isNull()).isTrue();
        // a reviewer of another department sees none of ORG's history
        assertThat(next.assessment("reviewer-pub", assessment).get("lastQuarter"))
                .isEmpty();

        next.complete("branch03", "selfAssessment", "B03", findings);
        for (String dept : List.of("org", "pub", "disc", "prod", "sec", "union")) {
            next.complete("reviewer-" + dept, "departmentReview", "B03", "{\"decision\": \"approve\"}");
        }
        next.complete("branch03", "bonusDeclaration", "B03", "{\"bonuses\": []}");
        next.task("leader", "leadershipConfirmation", "B03");
        JsonNode confirmation = next.assessment("leader", assessment);
        assertThat(confirmation.get("repeatedDeductions")).hasSize(1);
        JsonNode repeated = confirmation.get("repeatedDeductions").get(0);
        assertThat(repeated.get("clause").asText()).isEqualTo("1.1");
        assertThat(repeated.get("count").asInt()).isEqualTo(1);
        assertThat(repeated.get("previous").get("state").asText()).isEqualTo("OPEN");
        assertThat(repeated.get("previous").get("quarter").asInt()).isEqualTo(1);
    }

    /**
     * 2076 Q1 cost B05 1.1 ×1 = 0.20 and 4.1 = 0.20 (both ORG); an accepted objection corrects 1.1 to 0 and adds 5.1
     * (0.50): 1.1's item is withdrawn, 5.1 opens one, and the plan now asks for 4.1 and 5.1.
     */
    @Test
    void anAcceptedObjectionsCorrectionWithdrawsAndOpensItems() throws Exception {
        QuarterDriver q = QuarterDriver.published(
                this,
                2076,
                1,
                Map.of("B05", "[{\"clause\": \"1.1\", \"count\": 1}, {\"clause\": \"4.1\", \"count\": 1}]"),
                Map.of(),
                Map.of());
        String items = "/api/rectifications?cycle=" + q.cycleId();
        assertThat(clauses(ok(as("leader").get(items)))).containsExactly("1.1", "4.1");
        long assessment = ok(as("leader").get(items)).get(0).get("assessmentId").asLong();
        assertThat(as("branch05")
                        .post("/api/assessments/" + assessment + "/objections", "{\"reason\": \"1.1 已补学\"}")
                        .status())
                .isEqualTo(201);
        q.await(
                "objection answer",
                () -> q.findTask("leader", "objectionAnswer", null).isPresent());
        q.complete("leader", "objectionAnswer", null, """
                {"decision": "accept", "answer": "经核实予以更正",
                 "correction": {"findings": [{"clause": "1.1", "count": 0}, {"clause": "5.1", "count": 1}],
                                "reason": "异议成立:1.1已补学,5.1漏报"}}""");

        JsonNode corrected = ok(as("leader").get(items));
        assertThat(clauses(corrected)).containsExactly("1.1", "4.1", "5.1");
        assertThat(texts(corrected, "state")).containsExactly("CLOSED", "OPEN", "OPEN");
        assertThat(texts(corrected, "deduction")).containsExactly("0.2", "0.2", "0.5");
        assertThat(corrected.get(0).get("checks").get(0).get("decision").asText())
                .isEqualTo("withdraw");
        assertThat(corrected.get(0).get("checkReason").asText()).contains("第2版");
        assertThat(corrected.get(2).get("due").asText())
                .isEqualTo(corrected.get(1).get("due").asText());

        String plan = q.task("branch05", "rectificationPlan", "B05").get("id").asText();
        assertThat(complete("branch05", plan, entries("1.1", "4.1", "5.1")).status())
                .isEqualTo(409);
        badRequest(complete("branch05", plan, entries("4.1")), "items");
        assertThat(complete("branch05", plan, entries("4.1", "5.1")).status()).isEqualTo(204);
        q.complete("reviewer-org", "rectificationCheck", "B05", "{\"decision\": \"accept\"}");
        assertThat(texts(ok(as("leader").get(items)), "state")).containsOnly("CLOSED");
        assertThat(q.findTask("branch05", "rectificationPlan", "B05")).isEmpty();
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("leader"), "/api/rectifications.xlsx?cycle=" + q.cycleId()))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheet("整改台账"));
            assertThat((String) rows.get(2).get(15)).contains("撤销");
        }
    }

    private ApiClient.Response complete(String user, String task, String body) {
        return as(user).post("/api/tasks/" + task + "/complete", body);
    }

    /** A complete plan entry per clause. */
    private static String entries(String... clauses) {
        List<String> out = new ArrayList<>();
        for (String c : clauses) {
            out.add("{\"clause\": \"" + c + "\", \"measures\": \"措施" + c + "\", \"responsible\": \"张三\","
                    + " \"plannedDate\": \"2027-01-31\", \"evidence\": \"会议记录\"}");
        }
        return "{\"items\": [" + String.join(", ", out) + "]}";
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void badRequest(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asText())
                .as(response.toString())
                .isEqualTo(field);
    }

    private static List<String> clauses(JsonNode items) {
        return texts(items, "clause");
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get(field).asText()));
        return out;
    }
}
