package com.kaoping.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leadership group's run (docs/scale.md): {@code GET /api/cycles/{id}/confirmations} and one confirmation's place
 * in it, {@code GET /api/cycles/{id}/confirmations/{task}}.
 *
 * <p>Cycle 2098 Q1 (B01–B04; confirmations due at the end of 2030-04-20, Asia/Shanghai = 15:59:59Z). The figures,
 * worked by hand from the seed standard:
 *
 * <ul>
 *   <li>B01 reports 1.1 ×3 (rule 1, 每少1次扣0.2分: 0.60), so its own total is 99.40; ORG finds 2 (0.40): reviewed base
 *       99.60, +0.20. It declares rule 85 on 组织工作 1.5 and rule 88 2 (3.50 in 2 claims); ORG endorses rule 85 at 1.0
 *       (1.00 in 1 claim; rule 88 has no department). Reviewed total 99.60 + 1.00 (rule 85, within 10 % of 组织工作's
 *       20 points) + 2 (rule 88, within its 3) = 102.60.
 *   <li>B02 reports nothing and declares nothing: 100.00 throughout.
 *   <li>B03 reports 31.4 ×2 (每少研究1次扣0.5分: 1.00) and 61.6 (凡符合否决项指标,一票否决: a veto, no points): 99.00
 *       throughout, one veto proposed, clause 61.6.
 *   <li>B04 has submitted but is still under review: not awaiting confirmation.
 * </ul>
 *
 * Cycle 2099 Q1 (B05, nothing reported) reaches its confirmation after its deadline (end of 2025-01-04).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfirmationRunApiTest extends MariaDbIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Autowired
    JdbcTemplate jdbc;

    private QuarterDriver q;
    private QuarterDriver late;
    private final Map<String, String> confirmation = new HashMap<>();

    @BeforeAll
    void fixtures() {
        q = QuarterDriver.open(this, """
                {"year": 2098, "quarter": 1, "branches": ["B01", "B02", "B03", "B04"],
                 "selfAssessmentDue": "2030-04-01", "reviewDue": "2030-04-08", "bonusDue": "2030-04-15",
                 "confirmationDue": "2030-04-20"}""", 4);
        q.complete("branch01", "selfAssessment", "B01", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}]}""");
        q.complete("branch02", "selfAssessment", "B02", "{\"findings\": []}");
        q.complete("branch03", "selfAssessment", "B03", """
                {"findings": [{"clause": "31.4", "count": 2}, {"clause": "61.6", "count": 1, "note": "发生否决情形"}]}""");
        q.complete("branch04", "selfAssessment", "B04", "{\"findings\": []}");
        q.complete("reviewer-org", "departmentReview", "B01", """
                {"decision": "approve", "findings": [{"clause": "1.1", "count": 2, "note": "核实少2次"}]}""");
        for (String dept : DEPARTMENTS) {
            if (!dept.equals("org")) {
                q.complete("reviewer-" + dept, "departmentReview", "B01", "{\"decision\": \"approve\"}");
            }
            for (String b : List.of("B02", "B03")) {
                q.complete("reviewer-" + dept, "departmentReview", b, "{\"decision\": \"approve\"}");
            }
        }
        q.complete("branch01", "bonusDeclaration", "B01", """
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 1.5, "note": "获公司表彰"},
                             {"rule": 88, "points": 2, "note": "经验做法推广"}]}""");
        q.complete("branch02", "bonusDeclaration", "B02", "{\"bonuses\": []}");
        q.complete("branch03", "bonusDeclaration", "B03", "{\"bonuses\": []}");
        q.complete("reviewer-org", "bonusEndorsement", "B01", """
                {"decision": "approve", "bonuses": [{"rule": 85, "indicator": "组织工作", "points": 1.0,
                                                     "note": "按一次表彰认可"}]}""");
        q.await("three confirmations", () -> q.tasks("leader").size() == 3);
        for (String b : List.of("B01", "B02", "B03")) {
            confirmation.put(
                    b, q.task("leader", "leadershipConfirmation", b).get("id").asText());
        }

        late = QuarterDriver.open(this, """
                {"year": 2099, "quarter": 1, "branches": ["B05"], "selfAssessmentDue": "2025-01-01",
                 "reviewDue": "2025-01-02", "bonusDue": "2025-01-03", "confirmationDue": "2025-01-04",
                 "confirmPastDeadlines": true}""", 1);
        late.complete("branch05", "selfAssessment", "B05", "{\"findings\": []}");
        for (String dept : DEPARTMENTS) {
            late.complete("reviewer-" + dept, "departmentReview", "B05", "{\"decision\": \"approve\"}");
        }
        late.complete("branch05", "bonusDeclaration", "B05", "{\"bonuses\": []}");
        late.await(
                "B05 at confirmation",
                () -> late.findTask("leader", "leadershipConfirmation", "B05").isPresent());
    }

    @Test
    @Order(1)
    void theSummaryShowsEachBranchAwaitingConfirmationWithItsFigures() {
        ApiClient.Response response = summary("leader", "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(total(response)).isEqualTo(3);
        assertThat(branches(response.json())).containsExactly("B01", "B02", "B03");
        Map<String, JsonNode> rows = byBranch(response.json());

        assertFigures(rows.get("B01"), "99.40", "99.60", "0.20", "102.60");
        JsonNode b01 = rows.get("B01");
        assertThat(b01.get("task").asText()).isEqualTo(confirmation.get("B01"));
        assertThat(b01.get("assessmentId").asLong())
                .isEqualTo(q.task("leader", "leadershipConfirmation", "B01")
                        .get("assessmentId")
                        .asLong());
        assertThat(b01.get("name").asText()).isEqualTo("第一党总支");
        assertThat(b01.get("declaredPoints").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(b01.get("declaredCount").asInt()).isEqualTo(2);
        assertThat(b01.get("endorsedPoints").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(b01.get("endorsedCount").asInt()).isEqualTo(1);
        assertThat(b01.get("vetoes")).isEmpty();
        assertThat(b01.get("vetoCount").asInt()).isZero();
        assertThat(b01.get("due").asText()).isEqualTo("2030-04-20T15:59:59Z");
        assertThat(b01.get("overdue").asBoolean()).isFalse();
        assertThat(b01.get("daysOverdue").asInt()).isZero();

        assertFigures(rows.get("B02"), "100.00", "100.00", "0.00", "100.00");
        assertThat(rows.get("B02").get("declaredCount").asInt()).isZero();
        assertThat(rows.get("B02").get("declaredPoints").decimalValue()).isEqualByComparingTo("0");
        assertThat(rows.get("B02").get("endorsedCount").asInt()).isZero();

        assertFigures(rows.get("B03"), "99.00", "99.00", "0.00", "99.00");
        assertThat(rows.get("B03").get("vetoes").toString()).isEqualTo("[\"61.6\"]");
        assertThat(rows.get("B03").get("vetoCount").asInt()).isEqualTo(1);

        // the administrator reads it too
        assertThat(summary("admin", "").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void itIsSearchedSortedAndPaged() {
        assertThat(branches(summary("leader", "sort=self").json())).containsExactly("B03", "B01", "B02");
        assertThat(branches(summary("leader", "sort=-reviewed").json())).containsExactly("B01", "B02", "B03");
        // equal differences (B02, B03: none) in branch order
        assertThat(branches(summary("leader", "sort=difference").json())).containsExactly("B02", "B03", "B01");
        assertThat(branches(summary("leader", "sort=-vetoes").json())).containsExactly("B03", "B01", "B02");
        assertThat(branches(summary("leader", "sort=-bonus").json())).containsExactly("B01", "B02", "B03");
        assertThat(branches(summary("leader", "sort=-branch").json())).containsExactly("B03", "B02", "B01");

        ApiClient.Response byName = summary("leader", "branch=%E7%AC%AC%E4%BA%8C"); // 第二
        assertThat(branches(byName.json())).containsExactly("B02");
        assertThat(total(byName)).isEqualTo(1);
        assertThat(branches(summary("leader", "branch=b03").json())).containsExactly("B03");
        assertThat(branches(summary("leader", "branch=B04").json())).isEmpty();

        ApiClient.Response first = summary("leader", "size=2");
        assertThat(branches(first.json())).containsExactly("B01", "B02");
        assertThat(total(first)).isEqualTo(3);
        ApiClient.Response second = summary("leader", "size=2&page=1");
        assertThat(branches(second.json())).containsExactly("B03");
        assertThat(total(second)).isEqualTo(3);
        ApiClient.Response beyond = summary("leader", "size=2&page=2");
        assertThat(beyond.json()).isEmpty();
        assertThat(total(beyond)).isEqualTo(3);

        String[][] refused = {
            {"size=501", "size"},
            {"size=0", "size"},
            {"page=-1", "page"},
            {"page=x", "page"},
            {"sort=name", "sort"},
            {"branch=" + "x".repeat(101), "branch"}
        };
        for (String[] c : refused) {
            ApiClient.Response bad = summary("leader", c[0]);
            assertThat(bad.status()).as(c[0] + ": " + bad).isEqualTo(400);
            assertThat(bad.json().get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    @Order(3)
    void oneConfirmationKnowsItsNeighboursInTheSummarysOrder() {
        JsonNode middle = place("leader", confirmation.get("B02"), "");
        assertThat(middle.get("position").asInt()).isEqualTo(1);
        assertThat(middle.get("total").asInt()).isEqualTo(3);
        assertThat(middle.get("entry").get("branch").asText()).isEqualTo("B02");
        assertThat(middle.get("previous").get("task").asText()).isEqualTo(confirmation.get("B01"));
        assertThat(middle.get("next").get("task").asText()).isEqualTo(confirmation.get("B03"));

        JsonNode first = place("leader", confirmation.get("B01"), "");
        assertThat(first.get("position").asInt()).isZero();
        assertThat(first.get("previous").isNull()).isTrue();
        // by the branch's own total: B03 99.00, B01 99.40, B02 100.00
        JsonNode bySelf = place("leader", confirmation.get("B01"), "sort=self");
        assertThat(bySelf.get("previous").get("branch").asText()).isEqualTo("B03");
        assertThat(bySelf.get("next").get("branch").asText()).isEqualTo("B02");
        JsonNode last = place("leader", confirmation.get("B02"), "sort=self");
        assertThat(last.get("next").isNull()).isTrue();
        // searched: alone
        JsonNode alone = place("leader", confirmation.get("B03"), "branch=B03");
        assertThat(alone.get("total").asInt()).isEqualTo(1);

        String review =
                q.task("reviewer-org", "departmentReview", "B04").get("id").asText();
        for (String notThere : List.of("no-such-task", review)) {
            ApiClient.Response missing = as("leader").get("/api/cycles/" + q.cycleId() + "/confirmations/" + notThere);
            assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        }
        // outside the search: not in that order
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/confirmations/" + confirmation.get("B01") + "?branch=B03")
                        .status())
                .isEqualTo(404);
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/confirmations/a%20b")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void onlyTheLeadershipGroupAndAdministratorsSeeIt() {
        String task = confirmation.get("B01");
        for (String other : List.of("branch01", "reviewer-org")) {
            ApiClient.Response list = summary(other, "");
            assertThat(list.status()).as(other + ": " + list).isEqualTo(403);
            assertThat(list.json().get("status").asInt()).isEqualTo(403);
            assertThat(as(other)
                            .get("/api/cycles/" + q.cycleId() + "/confirmations/" + task)
                            .status())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(anonymous()
                        .get("/api/cycles/" + q.cycleId() + "/confirmations")
                        .status())
                .isEqualTo(401);
        assertThat(as("leader").get("/api/cycles/999999/confirmations").status())
                .isEqualTo(404);
        assertThat(as("leader").get("/api/cycles/999999/confirmations/" + task).status())
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void aLateConfirmationSaysHowLate() {
        JsonNode row = summary("leader", "", late.cycleId()).json().get(0);
        assertThat(row.get("branch").asText()).isEqualTo("B05");
        assertThat(row.get("overdue").asBoolean()).isTrue();
        assertThat(row.get("daysOverdue").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 4), LocalDate.now(ZONE)));
        assertFigures(row, "100.00", "100.00", "0.00", "100.00");
        // the other cycle's confirmations are not this one's
        assertThat(total(summary("leader", "", late.cycleId()))).isEqualTo(1);
    }

    @Test
    @Order(6)
    void assessmentsScoredBeforeTheTotalsWereStoredAreReadFromTheirCards() {
        long b01 = q.task("leader", "leadershipConfirmation", "B01")
                .get("assessmentId")
                .asLong();
        assertThat(jdbc.update(
                        "UPDATE kp_assessment SET self_total = NULL, reviewed_base = NULL, reviewed_total = NULL"
                                + " WHERE id = ?",
                        b01))
                .isEqualTo(1);
        assertFigures(byBranch(summary("leader", "").json()).get("B01"), "99.40", "99.60", "0.20", "102.60");
    }

    @Test
    @Order(7)
    void afterAnApprovalTheNextOneMovesUp() {
        q.complete("leader", "leadershipConfirmation", "B01", "{\"decision\": \"approve\"}");
        ApiClient.Response after = summary("leader", "");
        assertThat(branches(after.json())).containsExactly("B02", "B03");
        assertThat(total(after)).isEqualTo(2);
        JsonNode b02 = place("leader", confirmation.get("B02"), "");
        assertThat(b02.get("position").asInt()).isZero();
        assertThat(b02.get("previous").isNull()).isTrue();
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/confirmations/" + confirmation.get("B01"))
                        .status())
                .isEqualTo(404);
    }

    private static void assertFigures(JsonNode row, String self, String reviewedBase, String diff, String total) {
        assertThat(row).as("summary row").isNotNull();
        assertThat(row.get("selfTotal").decimalValue()).as("selfTotal").isEqualByComparingTo(self);
        assertThat(row.get("reviewedBase").decimalValue()).as("reviewedBase").isEqualByComparingTo(reviewedBase);
        assertThat(row.get("difference").decimalValue()).as("difference").isEqualByComparingTo(diff);
        assertThat(row.get("reviewedTotal").decimalValue()).as("reviewedTotal").isEqualByComparingTo(total);
    }

    private ApiClient.Response summary(String user, String query) {
        return summary(user, query, q.cycleId());
    }

    private ApiClient.Response summary(String user, String query, long cycle) {
        return as(user).get("/api/cycles/" + cycle + "/confirmations" + (query.isEmpty() ? "" : "?" + query));
    }

    private JsonNode place(String user, String task, String query) {
        ApiClient.Response response = as(user).get(
                        "/api/cycles/" + q.cycleId() + "/confirmations/" + task + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long total(ApiClient.Response response) {
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static List<String> branches(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("branch").asText()));
        return out;
    }

    private static Map<String, JsonNode> byBranch(JsonNode list) {
        Map<String, JsonNode> out = new HashMap<>();
        list.forEach(e -> out.put(e.get("branch").asText(), e));
        return out;
    }
}
