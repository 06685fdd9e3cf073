package com.kaoping.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.evidence.internal.TestFiles;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.QuarterDriver;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every role against every endpoint in docs/domain.md ("Roles") and the README's API table, one row per (role, endpoint, expected status), plus the
 * conflicts: a task completed twice, and every write to a locked assessment.
 *
 * <p>Fixtures: cycle 2041 Q1 (B01, B02, B03) is running — B01 at its self-assessment, B02 under department review;
 * cycle 2041 Q2 (B01 only) is locked and published; cycle 2041 Q3 (B01) gives branch01 a task to complete.
 * "own" is branch01, "other" is branch02, the reviewer is reviewer-org.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** The principals of the matrix, in the order of the expectation columns. */
    enum Who {
        ANONYMOUS(null),
        BRANCH_OWN("branch01"),
        BRANCH_OTHER("branch02"),
        REVIEWER("reviewer-org"),
        LEADER("leader"),
        ADMIN("admin");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    enum Body {
        NONE,
        JSON,
        EVIDENCE,
        STANDARD
    }

    record Row(Who who, String method, String path, Body body, String json, int expected) {
        @Override
        public String toString() {
            return who + " " + method + " " + path + " → " + expected;
        }
    }

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private final Map<String, String> ids = new HashMap<>();
    private JsonNode lockedBefore;
    private int lockedEvidenceBefore;

    @BeforeAll
    void fixtures() {
        // running cycle: B01 at self-assessment, B02 under review, B03 for the double completion
        QuarterDriver running = QuarterDriver.open(this, """
                {"year": 2041, "quarter": 1, "branches": ["B01", "B02", "B03"]}""", 3);
        ids.put("running", Long.toString(running.cycleId()));
        ids.put("a01", Long.toString(running.assessmentId("branch01", "B01")));
        ids.put(
                "selfA01",
                running.task("branch01", "selfAssessment", "B01").get("id").asText());
        ids.put(
                "selfA03",
                running.task("branch03", "selfAssessment", "B03").get("id").asText());
        running.complete("branch02", "selfAssessment", "B02", "{\"findings\": []}");
        ids.put(
                "reviewOrgB02",
                running.task("reviewer-org", "departmentReview", "B02")
                        .get("id")
                        .asText());
        ids.put(
                "reviewDiscB02",
                running.task("reviewer-disc", "departmentReview", "B02")
                        .get("id")
                        .asText());
        ids.put("e01", Long.toString(uploadEvidence("branch01", ids.get("a01"))));
        ids.put("e01b", Long.toString(uploadEvidence("branch01", ids.get("a01"))));

        // published cycle: B01 locked
        QuarterDriver published = QuarterDriver.open(this, """
                {"year": 2041, "quarter": 2, "branches": ["B01"]}""", 1);
        ids.put("published", Long.toString(published.cycleId()));
        String p01 = Long.toString(published.assessmentId("branch01", "B01"));
        ids.put("p01", p01);
        ids.put("pEvidence", Long.toString(uploadEvidence("branch01", p01)));
        ids.put(
                "selfP",
                published
                        .complete("branch01", "selfAssessment", "B01", """
                {"findings": [{"clause": "1.1", "count": 2, "note": "少2次"}]}""")
                        .get("id")
                        .asText());
        for (String dept : DEPARTMENTS) {
            String id = published
                    .complete("reviewer-" + dept, "departmentReview", "B01", "{\"decision\": \"approve\"}")
                    .get("id")
                    .asText();
            ids.put("review_" + dept + "P", id);
        }
        ids.put(
                "bonusP",
                published
                        .complete(
                                "branch01", "bonusDeclaration", "B01", "{\"bonuses\": [{\"rule\": 88, \"points\": 1}]}")
                        .get("id")
                        .asText());
        ids.put(
                "confirmP",
                published
                        .complete("leader", "leadershipConfirmation", "B01", "{\"decision\": \"approve\"}")
                        .get("id")
                        .asText());
        published.await(
                "publication task",
                () -> published.findTask("leader", "publication", null).isPresent());
        published.complete("leader", "publication", null, "{}");
        assertThat(published.cycle().get("status").asText()).isEqualTo("PUBLISHED");
        // 1.1 ×2 cost B01 0.40: the lock opened its rectification (docs/rectification.md)
        ids.put(
                "planP",
                published.task("branch01", "rectificationPlan", "B01").get("id").asText());
        lockedBefore = published.assessment("leader", Long.parseLong(p01));
        assertThat(lockedBefore.get("locked").asBoolean()).isTrue();
        lockedEvidenceBefore = as("branch01")
                .get("/api/assessments/" + p01 + "/evidence")
                .json()
                .size();

        // a task of branch01's own to complete
        QuarterDriver own = QuarterDriver.open(this, "{\"year\": 2041, \"quarter\": 3, \"branches\": [\"B01\"]}", 1);
        ids.put(
                "selfC01",
                own.task("branch01", "selfAssessment", "B01").get("id").asText());
    }

    static Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        String preview = "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}";
        String newCycle = "{\"year\": 2041, \"quarter\": 4, \"branches\": [\"B08\"]}";
        String selfBody = "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}";
        String approve = "{\"decision\": \"approve\"}";
        //              columns:                                                   anon own  other rev  lead admin
        all(rows, "GET", "/api/me", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/standards", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/standards/DZZ-2021", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "POST", "/api/standards", Body.STANDARD, null, 401, 403, 403, 403, 403, 200);
        all(rows, "POST", "/api/scoring/preview", Body.JSON, preview, 401, 200, 200, 200, 200, 200);
        all(rows, "POST", "/api/cycles", Body.JSON, newCycle, 401, 403, 403, 403, 403, 201);
        all(rows, "GET", "/api/cycles", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/cycles/{running}", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/cycles/{running}/ranking", Body.NONE, null, 401, 403, 403, 403, 200, 200);
        all(rows, "GET", "/api/cycles/{published}/ranking", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/tasks", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        // branch01's self-assessment: nobody else completes it or saves its draft
        all(rows, "POST", "/api/tasks/{selfA01}/complete", Body.JSON, selfBody, 401, 0, 403, 403, 403, 403);
        all(rows, "PUT", "/api/tasks/{selfA01}/draft", Body.JSON, selfBody, 401, 204, 403, 403, 403, 403);
        // reviewer-disc's review of B02: neither branch, nor another department, nor leader or admin
        all(rows, "POST", "/api/tasks/{reviewDiscB02}/complete", Body.JSON, approve, 401, 403, 403, 403, 403, 403);
        all(rows, "PUT", "/api/tasks/{reviewDiscB02}/draft", Body.JSON, approve, 401, 403, 403, 403, 403, 403);
        // one's own tasks
        rows.add(new Row(Who.REVIEWER, "POST", "/api/tasks/{reviewOrgB02}/complete", Body.JSON, approve, 204));
        rows.add(new Row(Who.BRANCH_OWN, "POST", "/api/tasks/{selfC01}/complete", Body.JSON, selfBody, 204));
        all(rows, "GET", "/api/assessments/{a01}", Body.NONE, null, 401, 200, 404, 200, 200, 200);
        all(rows, "POST", "/api/assessments/{a01}/evidence", Body.EVIDENCE, null, 401, 201, 404, 403, 403, 403);
        all(rows, "GET", "/api/assessments/{a01}/evidence", Body.NONE, null, 401, 200, 404, 200, 200, 200);
        all(rows, "GET", "/api/evidence/{e01}", Body.NONE, null, 401, 200, 404, 200, 200, 200);
        all(rows, "DELETE", "/api/evidence/{e01}", Body.NONE, null, 401, 0, 404, 403, 403, 403);
        rows.add(new Row(Who.BRANCH_OWN, "DELETE", "/api/evidence/{e01b}", Body.NONE, null, 204));
        // objections: only the branch itself, only while the results are published
        String objection = "{\"reason\": \"1.1 已补学\"}";
        all(rows, "POST", "/api/assessments/{p01}/objections", Body.JSON, objection, 401, 201, 404, 403, 403, 403);
        all(rows, "POST", "/api/assessments/{a01}/objections", Body.JSON, objection, 401, 409, 404, 403, 403, 403);
        all(rows, "GET", "/api/cycles/{published}/objections", Body.NONE, null, 401, 200, 200, 403, 200, 200);
        all(rows, "GET", "/api/notifications", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        // work at scale (docs/scale.md): tokens are one's own; the dashboard, 催办 and the confirmations' summary for
        // LEADER and ADMIN; the review queue for reviewers; a bulk completion answers per task (here: no such task)
        all(rows, "GET", "/api/me/tokens", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "POST", "/api/me/tokens", Body.JSON, "{\"name\": \"matrix\"}", 401, 201, 201, 201, 201, 201);
        all(rows, "DELETE", "/api/me/tokens/999999999", Body.NONE, null, 401, 404, 404, 404, 404, 404);
        all(rows, "GET", "/api/cycles/{running}/dashboard", Body.NONE, null, 401, 403, 403, 403, 200, 200);
        all(rows, "GET", "/api/cycles/{running}/review-queue", Body.NONE, null, 401, 403, 403, 200, 403, 403);
        // the leadership group's summary of the confirmations and one's place in it (here: not a confirmation)
        all(rows, "GET", "/api/cycles/{running}/confirmations", Body.NONE, null, 401, 403, 403, 403, 200, 200);
        String place = "/api/cycles/{running}/confirmations/{selfA01}";
        all(rows, "GET", place, Body.NONE, null, 401, 403, 403, 403, 404, 404);
        String bulk = "{\"tasks\": [\"no-such-task\"], \"body\": {\"decision\": \"approve\"}}";
        all(rows, "POST", "/api/tasks/bulk-complete", Body.JSON, bulk, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/tasks/{selfA01}", Body.NONE, null, 401, 200, 404, 404, 404, 404);
        all(rows, "POST", "/api/tasks/{selfA01}/remind", Body.NONE, null, 401, 403, 403, 403, 204, 0);
        all(rows, "POST", "/api/tasks/{reviewDiscB02}/remind", Body.NONE, null, 401, 403, 403, 403, 0, 204);
        all(rows, "GET", "/api/audit/chain", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "GET", "/api/audit/events", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "GET", "/api/admin/sign-in-locks", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "GET", "/engine-rest/process-instance", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "POST", "/engine-rest/deployment/create", Body.STANDARD, null, 401, 403, 403, 403, 403, 403);
        // exports: exactly like their JSON (docs/reports.md)
        all(rows, "GET", "/api/cycles/{running}/ranking.xlsx", Body.NONE, null, 401, 403, 403, 403, 200, 200);
        all(rows, "GET", "/api/cycles/{published}/ranking.xlsx", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/cycles/{running}/notice.pdf", Body.NONE, null, 401, 403, 403, 403, 200, 200);
        all(rows, "GET", "/api/cycles/{published}/notice.pdf", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/cycles/{published}/deductions.xlsx", Body.NONE, null, 401, 403, 403, 200, 200, 200);
        all(rows, "GET", "/api/assessments/{a01}/score-sheet.xlsx", Body.NONE, null, 401, 200, 404, 200, 200, 200);
        all(rows, "GET", "/api/assessments/{a01}/report.pdf", Body.NONE, null, 401, 200, 404, 200, 200, 200);
        all(rows, "GET", "/api/years/2030/ranking", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/years/2030/ranking.xlsx", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        // rectification: a branch its own items, a reviewer its department's, leader and admin all
        String plan = "{\"items\": [{\"clause\": \"1.1\", \"measures\": \"补学2次\"}]}";
        all(rows, "GET", "/api/rectifications?cycle={published}", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/rectifications?branch=B01", Body.NONE, null, 401, 200, 403, 200, 200, 200);
        all(rows, "GET", "/api/rectifications?department=PUB", Body.NONE, null, 401, 200, 200, 403, 200, 200);
        all(rows, "GET", "/api/rectifications/overview", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "GET", "/api/rectifications.xlsx?cycle={published}", Body.NONE, null, 401, 200, 200, 200, 200, 200);
        all(rows, "POST", "/api/tasks/{planP}/complete", Body.JSON, plan, 401, 0, 403, 403, 403, 403);
        all(rows, "PUT", "/api/tasks/{planP}/draft", Body.JSON, plan, 401, 204, 403, 403, 403, 403);
        all(rows, "GET", "/engine-rest/engine", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "GET", "/engine-rest/task", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        all(rows, "GET", "/camunda/app/cockpit/default/", Body.NONE, null, 401, 403, 403, 403, 403, 200);
        return rows.stream();
    }

    private static void all(List<Row> rows, String method, String path, Body body, String json, int... expected) {
        Who[] who = Who.values();
        for (int i = 0; i < who.length; i++) {
            if (expected[i] != 0) {
                rows.add(new Row(who[i], method, path, body, json, expected[i]));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyRoleAgainstEveryEndpoint(Row row) {
        ApiClient.Response response = call(row.who().user, row.method(), resolve(row.path()), row.body(), row.json());
        assertThat(response.status()).as(row + ": " + response).isEqualTo(row.expected());
        if (row.path().startsWith("/api/") && response.status() >= 400) {
            assertThat(response.json().get("status").asInt())
                    .as("a problem detail")
                    .isEqualTo(row.expected());
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    void aTaskCompletedTwiceIsAConflict() {
        String path = "/api/tasks/" + ids.get("selfA03");
        assertThat(as("branch03").post(path + "/complete", "{\"findings\": []}").status())
                .isEqualTo(204);
        ApiClient.Response again = as("branch03").post(path + "/complete", "{\"findings\": []}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(call("branch03", "PUT", path + "/draft", Body.JSON, "{\"findings\": []}")
                        .status())
                .isEqualTo(409);
        assertThat(as("branch01").post("/api/tasks/no-such-task/complete", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void nothingChangesALockedAssessment() {
        String p01 = ids.get("p01");
        List<String> oldTasks = new ArrayList<>(List.of(ids.get("selfP"), ids.get("bonusP"), ids.get("confirmP")));
        DEPARTMENTS.forEach(d -> oldTasks.add(ids.get("review_" + d + "P")));
        String[] bodies = {
            "{\"findings\": [{\"clause\": \"1.1\", \"count\": 0}]}",
            "{\"decision\": \"approve\"}",
            "{\"bonuses\": [{\"rule\": 88, \"points\": 3}]}",
            "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89, \"reason\": \"x\"}]}"
        };
        for (Who who : List.of(Who.BRANCH_OWN, Who.BRANCH_OTHER, Who.REVIEWER, Who.LEADER, Who.ADMIN)) {
            for (String task : oldTasks) {
                for (String body : bodies) {
                    ApiClient.Response complete =
                            call(who.user, "POST", "/api/tasks/" + task + "/complete", Body.JSON, body);
                    assertThat(complete.status())
                            .as(who + " completing " + task + ": " + complete)
                            .isEqualTo(409);
                    ApiClient.Response draft = call(who.user, "PUT", "/api/tasks/" + task + "/draft", Body.JSON, body);
                    assertThat(draft.status())
                            .as(who + " draft on " + task + ": " + draft)
                            .isEqualTo(409);
                }
            }
        }
        // evidence: the branch is refused with 409 (locked), everyone else as before (not theirs to change)
        assertThat(call("branch01", "POST", "/api/assessments/" + p01 + "/evidence", Body.EVIDENCE, null)
                        .status())
                .isEqualTo(409);
        assertThat(call("branch01", "DELETE", "/api/evidence/" + ids.get("pEvidence"), Body.NONE, null)
                        .status())
                .isEqualTo(409);
        for (String other : List.of("branch02", "reviewer-org", "leader", "admin")) {
            int upload = call(other, "POST", "/api/assessments/" + p01 + "/evidence", Body.EVIDENCE, null)
                    .status();
            assertThat(upload).as(other).isIn(403, 404, 409);
            int delete = call(other, "DELETE", "/api/evidence/" + ids.get("pEvidence"), Body.NONE, null)
                    .status();
            assertThat(delete).as(other).isIn(403, 404, 409);
        }

        JsonNode after = as("leader").get("/api/assessments/" + p01).json();
        for (String part :
                List.of("locked", "findings", "bonuses", "vetoes", "scores", "decisions", "history", "revisions")) {
            assertThat(after.get(part)).as(part).isEqualTo(lockedBefore.get(part));
        }
        assertThat(as("branch01").get("/api/assessments/" + p01 + "/evidence").json())
                .hasSize(lockedEvidenceBefore);
        assertThat(as("admin").get("/api/audit/chain").json().get("intact").asBoolean())
                .isTrue();
    }

    /**
     * ADMIN reads the engine and retries jobs, but neither locks a result by moving a token, nor redirects drafts by
     * rewriting a variable, nor deletes an instance or the history of a locked one, nor completes a task.
     */
    @Test
    void theEngineIsReadOnlyForAdmin() {
        Task self = tasks.createTaskQuery().taskId(ids.get("selfA01")).singleResult();
        String running = self.getProcessInstanceId();
        String lockedInstance = history.createHistoricTaskInstanceQuery()
                .taskId(ids.get("selfP"))
                .singleResult()
                .getProcessInstanceId();
        Object assessmentId = runtime.getVariable(running, "assessmentId");
        String json = "application/json";
        List<String[]> refused = List.of(
                new String[] {
                    "POST",
                    "/engine-rest/process-instance/" + running + "/modification",
                    "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"lockAssessment\"}]}"
                },
                new String[] {
                    "PUT",
                    "/engine-rest/process-instance/" + running + "/variables/assessmentId",
                    "{\"value\": " + ids.get("p01") + ", \"type\": \"Long\"}"
                },
                new String[] {
                    "POST",
                    "/engine-rest/process-instance/" + running + "/variables",
                    "{\"modifications\": {\"cycleId\": {\"value\": 1, \"type\": \"Long\"}}}"
                },
                new String[] {"PUT", "/engine-rest/process-instance/" + running + "/suspended", "{\"suspended\": true}"
                },
                new String[] {"DELETE", "/engine-rest/process-instance/" + running, null},
                new String[] {"DELETE", "/engine-rest/history/process-instance/" + lockedInstance, null},
                new String[] {"POST", "/engine-rest/task/" + ids.get("selfA01") + "/complete", "{}"},
                new String[] {"POST", "/engine-rest/process-definition/key/assessment/start", "{}"});
        ApiClient admin = as("admin");
        for (String[] call : refused) {
            HttpRequest.Builder request = admin.request(call[1]);
            if (call[2] != null) {
                request.header("Content-Type", json);
            }
            ApiClient.Response response = admin.send(request.method(
                    call[0],
                    call[2] == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(call[2], StandardCharsets.UTF_8)));
            assertThat(response.status())
                    .as(call[0] + " " + call[1] + ": " + response)
                    .isEqualTo(403);
        }

        // reading and retrying a job are the administrator's
        assertThat(admin.get("/engine-rest/process-instance/" + running).status())
                .isEqualTo(200);
        assertThat(admin.get("/engine-rest/process-instance/" + running + "/variables")
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/engine-rest/history/process-instance/" + lockedInstance)
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/engine-rest/incident").status()).isEqualTo(200);
        Job job = management.createJobQuery().processInstanceId(running).list().get(0);
        ApiClient.Response retry = admin.send(admin.request("/engine-rest/job/" + job.getId() + "/retries")
                .header("Content-Type", json)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"retries\": 3}")));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(204);

        // nothing moved
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(running)
                        .active()
                        .count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(ids.get("selfA01")).count()).isEqualTo(1);
        assertThat(runtime.getVariable(running, "assessmentId")).isEqualTo(assessmentId);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(lockedInstance)
                        .count())
                .isEqualTo(1);
        assertThat(as("leader")
                        .get("/api/assessments/" + ids.get("a01"))
                        .json()
                        .get("locked")
                        .asBoolean())
                .isFalse();
        assertThat(admin.get("/api/audit/chain").json().get("intact").asBoolean())
                .isTrue();
    }

    /**
     * A reviewer sees the other departments' indicators as totals only: PUB sees neither ORG's clause 1.1 (finding,
     * note, explanation line, evidence) nor ORG's decision, while ORG and the leadership group do.
     */
    @Test
    void reviewersSeeOtherDepartmentsAsTotalsOnly() {
        String p01 = ids.get("p01");
        JsonNode pub = as("reviewer-pub").get("/api/assessments/" + p01).json();
        JsonNode org = as("reviewer-org").get("/api/assessments/" + p01).json();
        JsonNode leader = as("leader").get("/api/assessments/" + p01).json();

        assertThat(leader.get("findings").findValuesAsText("clause")).contains("1.1");
        assertThat(org.get("findings").findValuesAsText("clause")).contains("1.1");
        assertThat(org.toString()).contains("少2次");
        assertThat(pub.get("findings").findValuesAsText("clause")).doesNotContain("1.1");
        assertThat(pub.toString()).doesNotContain("少2次");

        // decisions: PUB's own only
        assertThat(pub.get("decisions").findValuesAsText("department")).containsOnly("PUB");
        assertThat(leader.get("decisions").findValuesAsText("department")).contains("ORG", "PUB", "DISC");
        // history: only what PUB's own people did
        assertThat(pub.get("history").findValuesAsText("actor")).doesNotContain("branch01", "reviewer-org", "leader");

        // the final card: every indicator's total, but 党的领导's secondaries and its 1.1 line only for ORG
        JsonNode pubCard = pub.get("scores").get("final");
        JsonNode orgCard = org.get("scores").get("final");
        assertThat(pubCard.get("totalScore"))
                .isEqualTo(leader.get("scores").get("final").get("totalScore"));
        assertThat(pubCard.get("indicators")).hasSameSizeAs(orgCard.get("indicators"));
        assertThat(pubCard.get("indicators").get(0).get("score"))
                .isEqualTo(orgCard.get("indicators").get(0).get("score"));
        assertThat(pubCard.get("indicators").get(0).get("secondaries")).isEmpty();
        assertThat(orgCard.get("indicators").get(0).get("secondaries")).isNotEmpty();
        assertThat(orgCard.get("explanation").findValuesAsText("ref")).contains("1.1");
        assertThat(pubCard.get("explanation").findValuesAsText("ref")).doesNotContain("1.1");
        assertThat(pub.get("scores").get("self").get("explanation").findValuesAsText("ref"))
                .doesNotContain("1.1");

        // evidence on clause 1.1: listed and served to ORG, neither to PUB
        String evidence = ids.get("pEvidence");
        assertThat(as("reviewer-org")
                        .get("/api/assessments/" + p01 + "/evidence")
                        .json()
                        .findValuesAsText("id"))
                .contains(evidence);
        assertThat(as("reviewer-pub")
                        .get("/api/assessments/" + p01 + "/evidence")
                        .json()
                        .findValuesAsText("id"))
                .doesNotContain(evidence);
        assertThat(as("reviewer-pub").get("/api/evidence/" + evidence).status()).isEqualTo(404);
        assertThat(as("reviewer-org").get("/api/evidence/" + evidence).status()).isEqualTo(200);
        assertThat(as("leader")
                        .get("/api/assessments/" + p01 + "/evidence")
                        .json()
                        .findValuesAsText("id"))
                .contains(evidence);
    }

    private ApiClient.Response call(String user, String method, String path, Body body, String json) {
        ApiClient client = as(user);
        return switch (body) {
            case EVIDENCE -> Multipart.post(client, path, "会议记录.pdf", TestFiles.pdf(), "clause", "1.1");
            case STANDARD -> Multipart.post(client, path, "dzz-2021.yaml", bundledStandard());
            case JSON ->
                client.send(client.request(path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
            case NONE -> client.send(client.request(path).method(method, HttpRequest.BodyPublishers.noBody()));
        };
    }

    private long uploadEvidence(String user, String assessment) {
        ApiClient.Response created =
                call(user, "POST", "/api/assessments/" + assessment + "/evidence", Body.EVIDENCE, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String resolve(String path) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = ids.get(m.group(1));
            assertThat(value).as("fixture " + m.group(1)).isNotNull();
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] bundledStandard() {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/standards/dzz-2021.yaml")) {
            assertThat(in).as("bundled standard on the classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
