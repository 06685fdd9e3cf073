package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Six departments approve the same assessment at the same moment, each over its own HTTP connection, some with
 * adjusted findings. Every answer is 204, no adjustment is lost, the process goes on to the bonus declaration
 * exactly once and the engine has neither an incident nor a failed job. Repeated on three branches.
 */
class ConcurrentReviewTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    /**
     * Self-assessment: 1.1 ×3 = 0.6 (ORG), 31.4 ×2 = 1.0 (PUB), 43.1 ×4 = 0.4 (DISC), 53.1 = 1 (PROD),
     * 57.1 ×2 = 0.4 (SEC), 69.1 ×5 = 1.0 capped at 0.6 (UNION): 4.0 off, self score 96.
     */
    private static final String SELF = """
            {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}, {"clause": "31.4", "count": 2},
                          {"clause": "43.1", "count": 4}, {"clause": "53.1"}, {"clause": "57.1", "count": 2},
                          {"clause": "69.1", "count": 5}]}""";

    /**
     * The departments' answers. ORG: 1.1 to 1 (0.2) and a new 2.1 ×2 (0.2); PUB: 31.4 to 0; DISC: confirmed;
     * PROD: 53.1 unchanged (no note needed) and a new 54.1 (1); SEC: 57.1 to 4 (0.8); UNION: confirmed.
     * Reviewed: 0.4 + 0 + 0.4 + 2 + 0.8 + 0.6 = 4.2 off → 95.8.
     */
    private static final Map<String, String> REVIEWS = new LinkedHashMap<>();

    static {
        REVIEWS.put("org", """
                {"decision": "approve", "findings": [{"clause": "1.1", "count": 1, "note": "ORG: 核实少1次"},
                 {"clause": "2.1", "count": 2, "note": "ORG: 缺2篇"}], "comment": "ORG ok"}""");
        REVIEWS.put("pub", """
                {"decision": "approve", "findings": [{"clause": "31.4", "count": 0, "note": "PUB: 已研究"}]}""");
        REVIEWS.put("disc", "{\"decision\": \"approve\"}");
        REVIEWS.put("prod", """
                {"decision": "approve", "findings": [{"clause": "53.1", "count": 1},
                 {"clause": "54.1", "count": 1, "note": "PROD: 指标未完成"}]}""");
        REVIEWS.put("sec", """
                {"decision": "approve", "findings": [{"clause": "57.1", "count": 4, "note": "SEC: 实为4次"}]}""");
        REVIEWS.put("union", "{\"decision\": \"approve\", \"findings\": []}");
    }

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService taskService;

    @Test
    void sixDepartmentsApprovingAtOnceAllSucceedAndNothingIsLost() throws Exception {
        List<String> branches = List.of("B05", "B06", "B07");
        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2040, "quarter": 1, "branches": ["B05", "B06", "B07"]}""", 3);
        Map<String, Long> assessments = new HashMap<>();
        for (String branch : branches) {
            String user = user(branch);
            assessments.put(branch, q.assessmentId(user, branch));
            q.complete(user, "selfAssessment", branch, SELF);
            assertThat(total(q.assessment("leader", assessments.get(branch))
                            .get("scores")
                            .get("self")))
                    .isEqualByComparingTo("96");
        }

        for (String branch : branches) {
            long id = assessments.get(branch);
            race(q, branch);

            q.await(
                    branch + " at bonusDeclaration",
                    () -> q.findTask(user(branch), "bonusDeclaration", branch).isPresent());
            assertThat(q.tasks(user(branch)))
                    .filteredOn(t -> t.get("branch").asText().equals(branch))
                    .extracting(t -> t.get("taskKey").asText())
                    .containsExactly("bonusDeclaration");
            for (String dept : DEPARTMENTS) {
                assertThat(q.findTask("reviewer-" + dept, "departmentReview", branch))
                        .as(dept)
                        .isEmpty();
            }
            String process = processInstance(id);
            assertThat(history.createHistoricTaskInstanceQuery()
                            .processInstanceId(process)
                            .taskDefinitionKey("bonusDeclaration")
                            .count())
                    .as("bonusDeclaration tasks ever created")
                    .isEqualTo(1);
            assertThat(history.createHistoricTaskInstanceQuery()
                            .processInstanceId(process)
                            .taskDefinitionKey("departmentReview")
                            .finished()
                            .count())
                    .isEqualTo(6);
            assertThat(taskService.createTaskQuery().processInstanceId(process).count())
                    .isEqualTo(1);

            JsonNode assessment = q.assessment("leader", id);
            assertThat(assessment.get("stage").asText()).isEqualTo("bonusDeclaration");
            Map<String, JsonNode> findings = new HashMap<>();
            assessment.get("findings").forEach(f -> findings.put(f.get("clause").asText(), f));
            assertThat(findings.keySet())
                    .containsExactlyInAnyOrder("1.1", "2.1", "31.4", "43.1", "53.1", "54.1", "57.1", "69.1");
            assertReviewed(findings, "1.1", 1, "ORG: 核实少1次", "reviewer-org");
            assertReviewed(findings, "2.1", 2, "ORG: 缺2篇", "reviewer-org");
            assertReviewed(findings, "31.4", 0, "PUB: 已研究", "reviewer-pub");
            assertReviewed(findings, "54.1", 1, "PROD: 指标未完成", "reviewer-prod");
            assertReviewed(findings, "57.1", 4, "SEC: 实为4次", "reviewer-sec");
            for (String confirmed : List.of("43.1", "53.1", "69.1")) {
                assertThat(findings.get(confirmed).get("adjusted").asBoolean())
                        .as(confirmed)
                        .isFalse();
            }
            assertThat(findings.get("43.1").get("reviewedCount").asInt()).isEqualTo(4);
            assertThat(findings.get("69.1").get("reviewedCount").asInt()).isEqualTo(5);

            JsonNode reviewed = assessment.get("scores").get("reviewed");
            assertThat(total(reviewed)).as(reviewed.toString()).isEqualByComparingTo("95.8");
            assertThat(reviewed.get("baseScore").decimalValue()).isEqualByComparingTo("95.8");
            assertThat(total(assessment.get("scores").get("self"))).isEqualByComparingTo("96");

            List<String> decisions = new ArrayList<>();
            assessment.get("decisions").forEach(d -> {
                if (d.get("step").asText().equals("departmentReview")) {
                    decisions.add(d.get("department").asText() + ":"
                            + d.get("decision").asText());
                }
            });
            assertThat(decisions)
                    .containsExactlyInAnyOrder(
                            "ORG:APPROVE",
                            "PUB:APPROVE",
                            "DISC:APPROVE",
                            "PROD:APPROVE",
                            "SEC:APPROVE",
                            "UNION:APPROVE");
            long approvals = 0;
            for (JsonNode h : assessment.get("history")) {
                if (h.get("action").asText().equals("REVIEW_APPROVED")) {
                    approvals++;
                }
            }
            assertThat(approvals).isEqualTo(6);

            assertThat(runtime.createIncidentQuery().processInstanceId(process).count())
                    .isZero();
            assertThat(history.createHistoricIncidentQuery()
                            .processInstanceId(process)
                            .count())
                    .isZero();
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(process)
                            .withException()
                            .count())
                    .isZero();
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(process)
                            .noRetriesLeft()
                            .count())
                    .isZero();
        }
        ProcessInstance cycle = runtime.createProcessInstanceQuery()
                .variableValueEquals("cycleId", q.cycleId())
                .processDefinitionKey("cycle")
                .singleResult();
        if (cycle != null) {
            assertThat(runtime.createIncidentQuery()
                            .processInstanceId(cycle.getId())
                            .count())
                    .isZero();
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(cycle.getId())
                            .withException()
                            .count())
                    .isZero();
        }
    }

    /** The six reviewers of one branch, released together by a barrier, each on its own HttpClient. */
    private void race(QuarterDriver q, String branch) throws Exception {
        Map<String, String> taskIds = new LinkedHashMap<>();
        for (String dept : DEPARTMENTS) {
            taskIds.put(
                    dept,
                    q.task("reviewer-" + dept, "departmentReview", branch)
                            .get("id")
                            .asText());
        }
        CyclicBarrier start = new CyclicBarrier(DEPARTMENTS.size());
        ExecutorService pool = Executors.newFixedThreadPool(DEPARTMENTS.size());
        try {
            Map<String, Future<HttpResponse<String>>> answers = new LinkedHashMap<>();
            for (String dept : DEPARTMENTS) {
                HttpRequest request = as("reviewer-" + dept)
                        .request("/api/tasks/" + taskIds.get(dept) + "/complete")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(REVIEWS.get(dept), StandardCharsets.UTF_8))
                        .build();
                HttpClient client = HttpClient.newHttpClient();
                answers.put(dept, pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                }));
            }
            for (Map.Entry<String, Future<HttpResponse<String>>> answer : answers.entrySet()) {
                HttpResponse<String> response = answer.getValue().get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode())
                        .as(answer.getKey() + " on " + branch + ": " + response.body())
                        .isEqualTo(204);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String processInstance(long assessmentId) {
        return history
                .createHistoricVariableInstanceQuery()
                .variableName("assessmentId")
                .variableValueEquals("assessmentId", assessmentId)
                .list()
                .stream()
                .map(v -> v.getProcessInstanceId())
                .distinct()
                .reduce((a, b) -> {
                    throw new AssertionError("two processes for assessment " + assessmentId);
                })
                .orElseThrow();
    }

    private static void assertReviewed(
            Map<String, JsonNode> findings, String clause, int count, String note, String by) {
        JsonNode f = findings.get(clause);
        assertThat(f.get("reviewedCount").asInt()).as(clause + " " + f).isEqualTo(count);
        assertThat(f.get("adjusted").asBoolean()).as(clause).isTrue();
        assertThat(f.get("reviewNote").asText()).as(clause).isEqualTo(note);
        assertThat(f.get("reviewedBy").asText()).as(clause).isEqualTo(by);
    }

    private static String user(String branch) {
        return "branch" + branch.substring(1);
    }

    private static BigDecimal total(JsonNode card) {
        return card.get("totalScore").decimalValue();
    }
}
