package com.kaoping.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/tasks on the server (docs/scale.md): paging with the total in X-Total-Count, sorting, and the filters
 * cycle, taskKey, branch (code or name, partial), overdue and returned, each checked against tasks made for it.
 *
 * <p>Fixtures: cycle 2081 Q1 (B01–B04, deadlines in the future): B01, B02, B03 submit, so reviewer-org has three
 * reviews; reviewer-org returns B03 (the others approve), so branch03's self-assessment is open again (returned). Cycle 2081 Q2 (B03
 * only) was opened with its deadlines already past: branch03's self-assessment there is overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListApiTest extends MariaDbIntegrationTest {

    private QuarterDriver current;
    private QuarterDriver late;

    @BeforeAll
    void fixtures() {
        current = QuarterDriver.open(this, """
                {"year": 2081, "quarter": 1, "branches": ["B01", "B02", "B03", "B04"]}""", 4);
        for (String b : List.of("B01", "B02", "B03")) {
            current.complete("branch0" + b.substring(2), "selfAssessment", b, "{\"findings\": []}");
        }
        current.complete("reviewer-org", "departmentReview", "B03", """
                {"decision": "return", "comment": "请补充材料"}""");
        // the round ends when every department has answered: then B03 is back at its self-assessment
        for (String dept : List.of("pub", "disc", "prod", "sec", "union")) {
            current.complete("reviewer-" + dept, "departmentReview", "B03", "{\"decision\": \"approve\"}");
        }
        current.await(
                "B03 back at its self-assessment",
                () -> current.findTask("branch03", "selfAssessment", "B03").isPresent());
        late = QuarterDriver.open(this, """
                {"year": 2081, "quarter": 2, "branches": ["B03"], "selfAssessmentDue": "2025-01-01",
                 "reviewDue": "2025-01-02", "bonusDue": "2025-01-03", "confirmationDue": "2025-01-04",
                 "confirmPastDeadlines": true}""", 1);
    }

    @Test
    void pagesCarryTheTotalAndDoNotOverlap() {
        String filter = "/api/tasks?cycle=" + current.cycleId() + "&taskKey=departmentReview&sort=branch&size=1";
        List<String> branches = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ApiClient.Response response = as("reviewer-org").get(filter + "&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(total(response)).isEqualTo(2);
            response.json().forEach(t -> branches.add(t.get("branch").asText()));
        }
        // B03 was returned by reviewer-org: its review is done; B01 and B02 are left, one per page, then nothing
        assertThat(branches).containsExactly("B01", "B02");

        ApiClient.Response descending =
                as("reviewer-org").get("/api/tasks?cycle=" + current.cycleId() + "&sort=-branch");
        assertThat(branchesOf(descending)).containsExactly("B02", "B01");
        JsonNode first = descending.json().get(0);
        assertThat(first.get("branchName").asText()).isEqualTo("第二党总支");
        assertThat(first.get("cycleId").asLong()).isEqualTo(current.cycleId());
        assertThat(first.get("assessmentId").asLong()).isPositive();
        assertThat(first.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void branchMatchesPartOfTheCodeOrTheName() {
        String base = "/api/tasks?cycle=" + current.cycleId() + "&branch=";
        assertThat(branchesOf(as("reviewer-org").get(base + "b02"))).containsExactly("B02");
        assertThat(branchesOf(as("reviewer-org").get(base + "%E4%B8%80"))).containsExactly("B01"); // 一
        assertThat(branchesOf(as("reviewer-org").get(base + "%E5%85%9A%E6%80%BB%E6%94%AF")))
                .containsExactly("B01", "B02"); // 党总支
        // the LIKE wildcards are text, not patterns
        assertThat(branchesOf(as("reviewer-org").get(base + "%25"))).isEmpty();
        assertThat(branchesOf(as("reviewer-org").get(base + "B_1"))).isEmpty();
    }

    @Test
    void returnedAndOverdueAndCycleFilters() {
        ApiClient branch03 = as("branch03");
        ApiClient.Response returned = branch03.get("/api/tasks?returned=true&cycle=" + current.cycleId());
        assertThat(total(returned)).isEqualTo(1);
        assertThat(returned.json().get(0).get("taskKey").asText()).isEqualTo("selfAssessment");
        assertThat(returned.json().get(0).get("returned").asBoolean()).isTrue();
        assertThat(total(branch03.get("/api/tasks?returned=true&cycle=" + late.cycleId())))
                .isZero();

        ApiClient.Response overdue = branch03.get("/api/tasks?overdue=true");
        List<Long> cycles = new ArrayList<>();
        overdue.json().forEach(t -> cycles.add(t.get("cycleId").asLong()));
        assertThat(cycles).contains(late.cycleId()).doesNotContain(current.cycleId());
        overdue.json().forEach(t -> assertThat(t.get("overdue").asBoolean()).isTrue());

        ApiClient.Response lateOnly = branch03.get("/api/tasks?cycle=" + late.cycleId());
        assertThat(total(lateOnly)).isEqualTo(1);
        assertThat(lateOnly.json().get(0).get("overdue").asBoolean()).isTrue();
        // another branch sees none of branch03's tasks
        assertThat(total(as("branch04").get("/api/tasks?cycle=" + late.cycleId())))
                .isZero();
    }

    @Test
    void oneTaskByIdOnlyForItsCandidates() {
        String id = current.task("reviewer-org", "departmentReview", "B01")
                .get("id")
                .asText();
        ApiClient.Response mine = as("reviewer-org").get("/api/tasks/" + id);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("branch").asText()).isEqualTo("B01");
        assertThat(as("reviewer-pub").get("/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(as("branch01").get("/api/tasks/" + id).status()).isEqualTo(404);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        String[][] cases = {
            {"size=0", "size"},
            {"size=501", "size"},
            {"size=ten", "size"},
            {"page=-1", "page"},
            {"sort=name", "sort"},
            {"overdue=yes", "overdue"},
            {"returned=1", "returned"},
            {"cycle=abc", "cycle"},
            {"taskKey=a%20b", "taskKey"},
            {"branch=" + "x".repeat(101), "branch"}
        };
        for (String[] c : cases) {
            ApiClient.Response response = as("reviewer-org").get("/api/tasks?" + c[0]);
            assertThat(response.status()).as(c[0] + ": " + response).isEqualTo(400);
            assertThat(response.json().get("field").asText()).as(c[0]).isEqualTo(c[1]);
        }
        ApiClient.Response max = as("reviewer-org").get("/api/tasks?size=500");
        assertThat(max.status()).isEqualTo(200);
        assertThat(max.json().size()).isLessThanOrEqualTo(500);
        ApiClient.Response standard = as("reviewer-org").get("/api/tasks");
        assertThat(standard.json().size()).isEqualTo((int) Math.min(50, total(standard)));
    }

    private static long total(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static List<String> branchesOf(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        response.json().forEach(t -> out.add(t.get("branch").asText()));
        return out;
    }
}
