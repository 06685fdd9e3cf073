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
 * Work at scale (docs/scale.md), one quarter through the API: the review queue of a department, bulk approval, the
 * grouped notifications, the dashboard and 催办.
 *
 * <p>Cycle 2082 Q1 (B01–B05, deadlines ahead): B01 and B03 report nothing; B02 reports 1.1 ×3 (党的领导, ORG:
 * 3 × 0.2 = 0.6 points); B04 reports 31.4 ×2 (PUB: 2 × 0.5 = 1.0); B05 has not submitted. Cycle 2082 Q2 (B06) was
 * opened with its deadlines past (self-assessment due at the end of 2025-01-01).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkWorkApiTest extends MariaDbIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    private QuarterDriver q;
    private QuarterDriver late;
    private final Map<String, String> orgReview = new HashMap<>();

    @BeforeAll
    void fixtures() {
        q = QuarterDriver.open(this, """
                {"year": 2082, "quarter": 1, "branches": ["B01", "B02", "B03", "B04", "B05"]}""", 5);
        q.complete("branch01", "selfAssessment", "B01", "{\"findings\": []}");
        q.complete("branch02", "selfAssessment", "B02", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}]}""");
        q.complete("branch03", "selfAssessment", "B03", "{\"findings\": []}");
        q.complete("branch04", "selfAssessment", "B04", """
                {"findings": [{"clause": "31.4", "count": 2}]}""");
        for (String b : List.of("B01", "B02", "B03", "B04")) {
            orgReview.put(
                    b, q.task("reviewer-org", "departmentReview", b).get("id").asText());
        }
        late = QuarterDriver.open(this, """
                {"year": 2082, "quarter": 2, "branches": ["B06"], "selfAssessmentDue": "2025-01-01",
                 "reviewDue": "2025-01-02", "bonusDue": "2025-01-03", "confirmationDue": "2025-01-04",
                 "confirmPastDeadlines": true}""", 1);
    }

    @Test
    @Order(1)
    void theReviewQueueShowsEachBranchAndItsFindingsInTheDepartment() {
        Map<String, JsonNode> org = byBranch(as("reviewer-org").get("/api/cycles/" + q.cycleId() + "/review-queue"));
        assertThat(org).containsOnlyKeys("B01", "B02", "B03", "B04", "B05");
        assertThat(org.get("B02").get("findings").asInt()).isEqualTo(1);
        assertThat(org.get("B02").get("points").decimalValue()).isEqualByComparingTo("0.6");
        for (String clean : List.of("B01", "B03", "B04")) {
            assertThat(org.get(clean).get("findings").asInt()).as(clean).isZero();
            assertThat(org.get(clean).get("reviewTask").asText()).isEqualTo(orgReview.get(clean));
            assertThat(org.get(clean).get("stages").toString()).contains("departmentReview");
        }
        assertThat(org.get("B05").get("reviewTask").isNull()).isTrue();
        assertThat(org.get("B05").get("stages").toString()).isEqualTo("[\"selfAssessment\"]");
        assertThat(org.get("B01").get("name").asText()).isEqualTo("第一党总支");

        Map<String, JsonNode> pub = byBranch(as("reviewer-pub").get("/api/cycles/" + q.cycleId() + "/review-queue"));
        assertThat(pub.get("B04").get("points").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(pub.get("B02").get("findings").asInt()).isZero();

        for (String other : List.of("leader", "admin", "branch01")) {
            assertThat(as(other)
                            .get("/api/cycles/" + q.cycleId() + "/review-queue")
                            .status())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(as("reviewer-org").get("/api/cycles/999999/review-queue").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void assignmentsAreOneNotificationPerCycleAndStage() {
        JsonNode group = assignments("reviewer-org");
        assertThat(group.get("count").asInt()).isEqualTo(4);
        assertThat(group.get("read").asBoolean()).isFalse();
        assertThat(group.get("message").asText()).contains("2082 年第 1 季度").endsWith("×4");
        assertThat(as("reviewer-org")
                        .post("/api/notifications/" + group.get("id").asLong() + "/read", "")
                        .status())
                .isEqualTo(204);
        JsonNode read = assignments("reviewer-org");
        assertThat(read.get("count").asInt()).isEqualTo(4);
        assertThat(read.get("read").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_notification WHERE username = 'reviewer-org' AND group_cycle_id = ?"
                                + " AND read_at IS NULL",
                        Integer.class,
                        q.cycleId()))
                .isZero();
    }

    @Test
    @Order(3)
    void bulkApprovalAnswersPerTaskEachInItsOwnTransaction() {
        String pubB02 =
                q.task("reviewer-pub", "departmentReview", "B02").get("id").asText();
        ApiClient.Response response = as("reviewer-org")
                .post(
                        "/api/tasks/bulk-complete",
                        Map.of(
                                "tasks",
                                List.of(
                                        orgReview.get("B01"),
                                        orgReview.get("B03"),
                                        pubB02,
                                        "no-such-task",
                                        orgReview.get("B04")),
                                "body",
                                Map.of("decision", "approve", "comment", "本部门指标无扣分")));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(statuses(results)).containsExactly(204, 204, 403, 404, 204);
        assertThat(results.get(0).get("task").asText()).isEqualTo(orgReview.get("B01"));
        assertThat(results.get(0).get("problem").isNull()).isTrue();
        assertThat(results.get(2).get("problem").get("status").asInt()).isEqualTo(403);

        // recorded under the reviewer's name, with the comment
        for (String b : List.of("B01", "B03", "B04")) {
            long assessment = q.task("reviewer-pub", "departmentReview", b)
                    .get("assessmentId")
                    .asLong();
            assertThat(jdbc.queryForList(
                            "SELECT decided_by, decision, comment_text FROM kp_decision WHERE assessment_id = ?"
                                    + " AND step = 'departmentReview' AND department = 'ORG'",
                            assessment))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.get("decided_by")).isEqualTo("reviewer-org");
                        assertThat(d.get("decision")).isEqualTo("APPROVE");
                        assertThat(d.get("comment_text")).isEqualTo("本部门指标无扣分");
                    });
        }
        // the pub review of B02 was not touched; B02's ORG review is still open
        assertThat(q.findTask("reviewer-pub", "departmentReview", "B02")).isPresent();
        assertThat(q.findTask("reviewer-org", "departmentReview", "B02")).isPresent();

        // again: completed already; a body the form refuses: 400 naming its field, and nothing changes
        JsonNode again = as("reviewer-org")
                .post(
                        "/api/tasks/bulk-complete",
                        Map.of("tasks", List.of(orgReview.get("B01")), "body", Map.of("decision", "approve")))
                .json();
        assertThat(statuses(again)).containsExactly(409);
        JsonNode bad = as("reviewer-org")
                .post(
                        "/api/tasks/bulk-complete",
                        Map.of("tasks", List.of(orgReview.get("B02")), "body", Map.of("decision", "maybe")))
                .json();
        assertThat(statuses(bad)).containsExactly(400);
        assertThat(bad.get(0).get("problem").get("field").asText()).isEqualTo("decision");
        assertThat(q.findTask("reviewer-org", "departmentReview", "B02")).isPresent();
    }

    @Test
    @Order(4)
    void aBulkRequestItselfIsChecked() {
        String id = orgReview.get("B02");
        Object[][] cases = {
            {Map.of("body", Map.of()), "tasks"},
            {Map.of("tasks", List.of(), "body", Map.of()), "tasks"},
            {Map.of("tasks", List.of(1), "body", Map.of()), "tasks[0]"},
            {Map.of("tasks", List.of(id, id), "body", Map.of()), "tasks[1]"},
            {Map.of("tasks", List.of("a b"), "body", Map.of()), "tasks[0]"},
            {Map.of("tasks", List.of(id)), "body"},
            {Map.of("tasks", List.of(id), "body", Map.of(), "dryRun", true), "dryRun"}
        };
        for (Object[] c : cases) {
            ApiClient.Response response = as("reviewer-org").post("/api/tasks/bulk-complete", c[0]);
            assertThat(response.status()).as(c[0] + ": " + response).isEqualTo(400);
            assertThat(response.json().get("field").asText())
                    .as(c[0].toString())
                    .isEqualTo(c[1]);
        }
        assertThat(q.findTask("reviewer-org", "departmentReview", "B02")).isPresent();
    }

    @Test
    @Order(5)
    void theDashboardShowsDepartmentsBranchesAndWhoIsLate() {
        // PUB returns B02: one decision, one return
        q.complete("reviewer-pub", "departmentReview", "B02", """
                {"decision": "return", "comment": "请补充"}""");
        JsonNode board = dashboard(q.cycleId());
        Map<String, JsonNode> departments = new HashMap<>();
        board.get("departments")
                .forEach(d -> departments.put(d.get("department").asText(), d));
        // ORG: B02 left; B01, B03, B04 approved in bulk
        assertLine(departments.get("ORG"), 1, 3, 0, 0);
        // PUB: B01, B03, B04 waiting; B02 returned
        assertLine(departments.get("PUB"), 3, 1, 1, 0);
        assertLine(departments.get("LEAD"), 0, 0, 0, 0);
        assertThat(departments.get("ORG").get("name").asText()).isEqualTo("党委组织部");

        Map<String, JsonNode> branches = byBranch(board.get("branches"));
        assertThat(branches.get("B05").get("stages").toString()).isEqualTo("[\"selfAssessment\"]");
        assertThat(branches.get("B01").get("stages").toString()).isEqualTo("[\"departmentReview\"]");
        assertThat(branches.get("B01").get("daysOverdue").asInt()).isZero();
        assertThat(board.get("overdue")).isEmpty();

        // the late cycle: B06's self-assessment, due at the end of 2025-01-01 (Asia/Shanghai)
        JsonNode lateBoard = dashboard(late.cycleId());
        long days = ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 1), LocalDate.now(ZONE));
        assertThat(lateBoard.get("overdue")).hasSize(1);
        JsonNode overdue = lateBoard.get("overdue").get(0);
        assertThat(overdue.get("branch").asText()).isEqualTo("B06");
        assertThat(overdue.get("taskKey").asText()).isEqualTo("selfAssessment");
        // the step's name in the reader's language, not the model's
        assertThat(overdue.get("taskName").asText()).isEqualTo("自评");
        assertThat(as("leader")
                        .language("en")
                        .get("/api/cycles/" + late.cycleId() + "/dashboard")
                        .json()
                        .at("/overdue/0/taskName")
                        .asText())
                .isEqualTo("Self-assessment");
        assertThat(overdue.get("groups").toString()).isEqualTo("[\"branchB06\"]");
        assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(days);
        assertThat(overdue.get("remindedToday").asBoolean()).isFalse();
        assertThat(byBranch(lateBoard.get("branches"))
                        .get("B06")
                        .get("daysOverdue")
                        .asLong())
                .isEqualTo(days);

        for (String other : List.of("reviewer-org", "branch01")) {
            assertThat(as(other)
                            .get("/api/cycles/" + q.cycleId() + "/dashboard")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(as("admin").get("/api/cycles/" + q.cycleId() + "/dashboard").status())
                .isEqualTo(200);
        assertThat(as("leader").get("/api/cycles/999999/dashboard").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void aReminderGoesToTheCandidatesOnceADay() {
        String task = late.task("branch06", "selfAssessment", "B06").get("id").asText();
        for (String other : List.of("reviewer-org", "branch06")) {
            assertThat(as(other).post("/api/tasks/" + task + "/remind", "").status())
                    .isEqualTo(403);
        }
        ApiClient.Response first = as("leader").post("/api/tasks/" + task + "/remind", "");
        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        ApiClient.Response second = as("admin").post("/api/tasks/" + task + "/remind", "");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("status").asInt()).isEqualTo(409);

        assertThat(jdbc.queryForList(
                        "SELECT reminded_by, groups_sent, reminded_on FROM kp_task_reminder WHERE task_id = ?", task))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("reminded_by")).isEqualTo("leader");
                    assertThat(r.get("groups_sent")).isEqualTo("branchB06");
                    assertThat(r.get("reminded_on").toString())
                            .isEqualTo(LocalDate.now(ZONE).toString());
                });
        List<String> reminders = new ArrayList<>();
        as("branch06").get("/api/notifications").json().forEach(n -> {
            if (n.get("kind").asText().equals("REMINDER")
                    && task.equals(n.path("taskId").asText())) {
                reminders.add(n.get("message").asText());
            }
        });
        assertThat(reminders)
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("催办：").contains("B06"));
        assertThat(dashboard(late.cycleId())
                        .get("overdue")
                        .get(0)
                        .get("remindedToday")
                        .asBoolean())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_audit_event WHERE type = 'TASK_REMINDED' AND target = ?",
                        Integer.class,
                        task))
                .isEqualTo(1);

        assertThat(as("leader").post("/api/tasks/no-such-task/remind", "").status())
                .isEqualTo(404);
        assertThat(as("leader")
                        .post("/api/tasks/" + orgReview.get("B01") + "/remind", "")
                        .status())
                .isEqualTo(409);
    }

    private JsonNode dashboard(long cycle) {
        ApiClient.Response response = as("leader").get("/api/cycles/" + cycle + "/dashboard");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode assignments(String user) {
        List<JsonNode> mine = new ArrayList<>();
        as(user).get("/api/notifications").json().forEach(n -> {
            if (n.path("cycleId").asLong() == q.cycleId()
                    && "departmentReview".equals(n.path("taskKey").asText())) {
                mine.add(n);
            }
        });
        assertThat(mine).as("one entry for the cycle's reviews").hasSize(1);
        return mine.get(0);
    }

    private static void assertLine(JsonNode line, int pending, int done, int returned, int overdue) {
        assertThat(line).as("department line").isNotNull();
        assertThat(List.of(
                        line.get("pending").asInt(),
                        line.get("done").asInt(),
                        line.get("returned").asInt(),
                        line.get("overdue").asInt()))
                .as(line.toString())
                .containsExactly(pending, done, returned, overdue);
    }

    private static List<Integer> statuses(JsonNode results) {
        List<Integer> out = new ArrayList<>();
        results.forEach(r -> out.add(r.get("status").asInt()));
        return out;
    }

    private static Map<String, JsonNode> byBranch(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return byBranch(response.json());
    }

    private static Map<String, JsonNode> byBranch(JsonNode list) {
        Map<String, JsonNode> out = new HashMap<>();
        list.forEach(e -> out.put(e.get("branch").asText(), e));
        return out;
    }
}
