package com.kaoping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad bodies for every completion form, for POST /api/cycles and for objections: each is a 400 whose
 * {@code field} names the entry as the client sent it, and nothing is stored — the task is still open with the
 * same id and GET /api/assessments/{id} answers exactly as before (findings, bonuses, vetoes, scores, history).
 */
class CompletionBadInputTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");
    private static final String LONG = "长".repeat(2001);

    @Test
    void everyTaskFormRefusesBadInputAndStoresNothing() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2042, \"quarter\": 1, \"branches\": [\"B04\"]}", 1);
        long id = q.assessmentId("branch04", "B04");

        // 自评: a draft is stored first, so "nothing stored" also means "the draft is intact"
        String self = q.task("branch04", "selfAssessment", "B04").get("id").asText();
        assertThat(send("branch04", "PUT", self, "draft", "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}")
                        .status())
                .isEqualTo(204);
        Form form = new Form("branch04", self, id);
        form.refused(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"2.1\", \"count\": 2.5}]}", "findings[1].count");
        form.refused(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"2.1\", \"count\": -1}]}", "findings[1].count");
        form.refused(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"2.1\", \"count\": \"x\"}]}",
                "findings[1].count");
        form.refused("{\"findings\": [{\"clause\": \"99.9\", \"count\": 1}]}", "findings[0].clause");
        form.refused("{\"findings\": [{\"count\": 1}]}", "findings[0].clause");
        form.refused(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"1.1\", \"count\": 2}]}", "findings[1].clause");
        form.refused(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"4.1\", \"count\": 2}]}", "findings[1].count");
        form.refused("{\"findings\": [{\"clause\": \"1.1\", \"count\": 10000}]}", "findings[0].count");
        form.refused("{\"findings\": [{\"clause\": \"1.1\", \"note\": \"" + LONG + "\"}]}", "findings[0].note");
        form.refused("{\"findings\": [], \"comment\": \"" + LONG + "\"}", "comment");
        form.refused("{\"findings\": \"none\"}", "findings");
        // no list is not "no deficiency": that is [] and must be said
        form.refused("{}", "findings");
        form.refused("{\"comment\": \"无问题\"}", "findings");
        form.refusedDraft("{}", "findings");
        form.refused("{\"findings\": [", "body");
        form.refused("[]", "body");
        form.refusedDraft(
                "{\"findings\": [{\"clause\": \"1.1\"}, {\"clause\": \"2.1\", \"count\": 2.5}]}", "findings[1].count");
        form.refusedDraft("{\"findings\": [{\"clause\": \"99.9\"}]}", "findings[0].clause");
        q.complete("branch04", "selfAssessment", "B04", """
                {"findings": [{"clause": "1.1", "count": 3}, {"clause": "31.4", "count": 1}, {"clause": "53.1"}]}""");

        // 部门审核
        Form org = new Form(
                "reviewer-org",
                q.task("reviewer-org", "departmentReview", "B04").get("id").asText(),
                id);
        org.refused("{}", "decision");
        org.refused("{\"decision\": \"maybe\"}", "decision");
        org.refused("{\"decision\": \"return\"}", "comment");
        org.refused("{\"decision\": \"return\", \"comment\": \"  \"}", "comment");
        // the first entry is a valid change, written before the second is refused: the whole transaction rolls back
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"核实\"},"
                        + " {\"clause\": \"2.1\", \"count\": 2}]}",
                "findings[1].note");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"核实\"},"
                        + " {\"clause\": \"31.4\", \"count\": 0, \"note\": \"x\"}]}",
                "findings[1].clause");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 2.5, \"note\": \"x\"}]}",
                "findings[0].count");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": -1, \"note\": \"x\"}]}",
                "findings[0].count");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": \"x\"}]}",
                "findings[0].count");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"99.9\", \"note\": \"x\"}]}",
                "findings[0].clause");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 3},"
                        + " {\"clause\": \"1.1\", \"count\": 1, \"note\": \"x\"}]}",
                "findings[1].clause");
        org.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"4.1\", \"count\": 2, \"note\": \"x\"}]}",
                "findings[0].count");
        org.refused("{\"decision\": \"approve\", \"findings\": [", "body");
        Form pub = new Form(
                "reviewer-pub",
                q.task("reviewer-pub", "departmentReview", "B04").get("id").asText(),
                id);
        pub.refused(
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"x\"}]}",
                "findings[0].clause");
        q.complete(
                "reviewer-org",
                "departmentReview",
                "B04",
                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 2, \"note\": \"核实少2次\"}]}");
        for (String dept : DEPARTMENTS.subList(1, 6)) {
            q.complete("reviewer-" + dept, "departmentReview", "B04", "{\"decision\": \"approve\"}");
        }

        // 加分申报
        q.await(
                "bonusDeclaration",
                () -> q.findTask("branch04", "bonusDeclaration", "B04").isPresent());
        Form bonus = new Form(
                "branch04",
                q.task("branch04", "bonusDeclaration", "B04").get("id").asText(),
                id);
        bonus.refused("{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0}]}", "bonuses[0].points");
        bonus.refused(
                "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0.125}]}", "bonuses[0].points");
        bonus.refused("{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": -1}]}", "bonuses[0].points");
        bonus.refused(
                "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": \"x\"}]}", "bonuses[0].points");
        bonus.refused("{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\"}]}", "bonuses[0].points");
        bonus.refused(
                "{\"bonuses\": [{\"rule\": 88, \"points\": 1}, {\"rule\": 99, \"points\": 1}]}", "bonuses[1].rule");
        bonus.refused("{\"bonuses\": [{\"rule\": 84, \"points\": 1}]}", "bonuses[0].rule");
        bonus.refused("{\"bonuses\": [{\"points\": 1}]}", "bonuses[0].rule");
        bonus.refused(
                "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"不存在的指标\", \"points\": 1}]}", "bonuses[0].indicator");
        bonus.refused("{\"bonuses\": [{\"rule\": 86, \"points\": 1}]}", "bonuses[0].indicator");
        bonus.refused("{\"bonuses\": [{\"rule\": 88, \"points\": 1, \"note\": \"" + LONG + "\"}]}", "bonuses[0].note");
        bonus.refused("{\"bonuses\": {\"rule\": 88}}", "bonuses");
        // above what the rule can ever award: 88 at most 3; 85 on 组织工作 (20 points) at most 10 % = 2.00
        bonus.refused("{\"bonuses\": [{\"rule\": 88, \"points\": 3.5}]}", "bonuses[0].points");
        bonus.refused(
                "{\"bonuses\": [{\"rule\": 88, \"points\": 1}, {\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 2.01}]}",
                "bonuses[1].points");
        // no list is not "no bonus": that is [] and must be said
        bonus.refused("{}", "bonuses");
        bonus.refusedDraft("{\"comment\": \"x\"}", "bonuses");
        bonus.refused("{\"bonuses\": [", "body");
        bonus.refusedDraft(
                "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0.125}]}", "bonuses[0].points");
        q.complete("branch04", "bonusDeclaration", "B04", """
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0.5, "note": "获公司表彰"},
                             {"rule": 86, "indicator": "思想政治工作", "points": 1},
                             {"rule": 88, "points": 1}]}""");

        // 加分认可 by the departments concerned
        Form endorse = new Form(
                "reviewer-org",
                q.task("reviewer-org", "bonusEndorsement", "B04").get("id").asText(),
                id);
        endorse.refused("{}", "decision");
        endorse.refused("{\"decision\": \"ok\"}", "decision");
        endorse.refused("{\"decision\": \"return\"}", "comment");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0.3}]}",
                "bonuses[0].note");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 86, \"indicator\": \"思想政治工作\","
                        + " \"points\": 0.5, \"note\": \"x\"}]}",
                "bonuses[0]");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 88, \"points\": 0.5, \"note\": \"x\"}]}",
                "bonuses[0]");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\","
                        + " \"points\": 0.125, \"note\": \"x\"}]}",
                "bonuses[0].points");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\","
                        + " \"points\": -1, \"note\": \"x\"}]}",
                "bonuses[0].points");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"points\": 0.3, \"note\": \"x\"}]}", "bonuses[0].rule");
        endorse.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\","
                        + " \"points\": 2.5, \"note\": \"x\"}]}",
                "bonuses[0].points");
        assertThat(q.findTask("reviewer-disc", "bonusEndorsement", "B04")).isEmpty();
        q.complete("reviewer-org", "bonusEndorsement", "B04", "{\"decision\": \"approve\"}");
        q.complete("reviewer-pub", "bonusEndorsement", "B04", "{\"decision\": \"approve\"}");

        // 领导小组认定
        q.await(
                "leadershipConfirmation",
                () -> q.findTask("leader", "leadershipConfirmation", "B04").isPresent());
        Form confirm = new Form(
                "leader",
                q.task("leader", "leadershipConfirmation", "B04").get("id").asText(),
                id);
        confirm.refused("{}", "decision");
        confirm.refused("{\"decision\": \"lock\"}", "decision");
        confirm.refused("{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89}]}", "vetoes[0].reason");
        confirm.refused(
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 84, \"reason\": \"x\"}]}", "vetoes[0].rule");
        confirm.refused(
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 85, \"reason\": \"x\"}]}", "vetoes[0].rule");
        confirm.refused(
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89, \"reason\": \"国有资产流失\"},"
                        + " {\"rule\": 84, \"reason\": \"x\"}]}",
                "vetoes[1].rule");
        confirm.refused("{\"decision\": \"approve\", \"vetoes\": [{\"reason\": \"x\"}]}", "vetoes[0].rule");
        confirm.refused(
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": \"x\", \"reason\": \"x\"}]}", "vetoes[0].rule");
        confirm.refused("{\"decision\": \"return\", \"department\": \"ORG\"}", "comment");
        confirm.refused("{\"decision\": \"return\", \"comment\": \"请复核\"}", "department");
        confirm.refused("{\"decision\": \"return\", \"department\": \"XYZ\", \"comment\": \"请复核\"}", "department");
        confirm.refused("{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 88, \"points\": 2}]}", "bonuses[0].note");
        confirm.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 88, \"points\": 0.125, \"note\": \"x\"}]}",
                "bonuses[0].points");
        confirm.refused(
                "{\"decision\": \"approve\", \"bonuses\": [{\"rule\": 87, \"indicator\": \"组织工作\","
                        + " \"points\": 1, \"note\": \"x\"}]}",
                "bonuses[0]");
        // a valid veto before a refused bonus: neither is stored
        confirm.refused(
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89, \"reason\": \"国有资产流失\"}],"
                        + " \"bonuses\": [{\"rule\": 88, \"points\": 2}]}",
                "bonuses[0].note");
        q.complete("leader", "leadershipConfirmation", "B04", "{\"decision\": \"approve\"}");

        // 公示 and 异议
        q.await("publication", () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");
        String objections = "/api/assessments/" + id + "/objections";
        for (String[] bad : new String[][] {
            {"{}", "reason"},
            {"{\"reason\": \"  \"}", "reason"},
            {"{\"reason\": \"" + LONG + "\"}", "reason"},
            {"{\"reason\": ", "body"},
            {"{\"reason\": [1]}", "reason"}
        }) {
            ApiClient.Response response = as("branch04").post(objections, bad[0]);
            assertBadRequest(response, bad[1]);
        }
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/objections")
                        .json())
                .isEmpty();
        assertThat(q.findTask("leader", "objectionAnswer", null)).isEmpty();
        assertThat(as("branch04").post(objections, "{\"reason\": \"1.1 已补学\"}").status())
                .isEqualTo(201);

        // 异议答复
        Form answer = new Form(
                "leader", q.task("leader", "objectionAnswer", null).get("id").asText(), id);
        answer.refused("{}", "decision");
        answer.refused("{\"decision\": \"approve\", \"answer\": \"x\"}", "decision");
        answer.refused("{\"decision\": \"reject\"}", "answer");
        answer.refused("{\"decision\": \"accept\", \"answer\": \"经核实\"}", "correction");
        answer.refused(
                "{\"decision\": \"accept\", \"answer\": \"经核实\", \"correction\": "
                        + "{\"findings\": [{\"clause\": \"1.1\", \"count\": 0}]}}",
                "correction.reason");
        answer.refused(
                "{\"decision\": \"accept\", \"answer\": \"经核实\", \"correction\": "
                        + "{\"findings\": [{\"clause\": \"1.1\", \"count\": -1}], \"reason\": \"r\"}}",
                "correction.findings[0].count");
        answer.refused(
                "{\"decision\": \"accept\", \"answer\": \"经核实\", \"correction\": "
                        + "{\"findings\": [{\"clause\": \"99.9\", \"count\": 1}], \"reason\": \"r\"}}",
                "correction.findings[0].clause");
        answer.refused(
                "{\"decision\": \"accept\", \"answer\": \"经核实\", \"correction\": "
                        + "{\"vetoes\": [{\"rule\": 89}], \"reason\": \"r\"}}",
                "correction.vetoes[0].reason");
        answer.refused("{\"decision\": \"accept\", \"answer\": \"经核实\", \"correction\": ", "body");
        assertThat(as("leader")
                        .get("/api/cycles/" + q.cycleId() + "/objections")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("OPEN");
        q.complete("leader", "objectionAnswer", null, "{\"decision\": \"reject\", \"answer\": \"不予更正\"}");
    }

    @Test
    void openingACycleRefusesBadInputAndStoresNothing() {
        String[][] bad = {
            {"{\"year\": 1999, \"quarter\": 1}", "year"},
            {"{\"quarter\": 1}", "year"},
            {"{\"year\": \"x\", \"quarter\": 1}", "year"},
            {"{\"year\": 2043, \"quarter\": 5}", "quarter"},
            {"{\"year\": 2043, \"quarter\": 0}", "quarter"},
            {"{\"year\": 2043}", "quarter"},
            {"{\"year\": 2043, \"quarter\": 1, \"branches\": [\"B01\", \"B99\"]}", "branches[1]"},
            {"{\"year\": 2043, \"quarter\": 1, \"branches\": [\"B01\", \"B01\"]}", "branches[1]"},
            {"{\"year\": 2043, \"quarter\": 1, \"branches\": []}", "branches"},
            {
                "{\"year\": 2043, \"quarter\": 1, \"selfAssessmentDue\": \"2036-05-01\", \"reviewDue\": \"2036-04-01\"}",
                "reviewDue"
            },
            {
                "{\"year\": 2043, \"quarter\": 1, \"selfAssessmentDue\": \"2036-05-01\", \"reviewDue\": \"2036-05-10\","
                        + " \"bonusDue\": \"2036-05-09\"}",
                "bonusDue"
            },
            {
                "{\"year\": 2043, \"quarter\": 1, \"selfAssessmentDue\": \"2036-05-01\", \"reviewDue\": \"2036-05-10\","
                        + " \"bonusDue\": \"2036-05-20\", \"confirmationDue\": \"2036-05-19\"}",
                "confirmationDue"
            },
            {"{\"year\": 2043, \"quarter\": 1, \"selfAssessmentDue\": \"soon\"}", "selfAssessmentDue"},
            // beyond what the database's TIMESTAMP columns hold (2038-01-19)
            {"{\"year\": 2043, \"quarter\": 1, \"selfAssessmentDue\": \"2043-05-01\"}", "selfAssessmentDue"},
            {"{\"year\": 2043, \"quarter\": 1, \"confirmationDue\": \"2099-12-31T00:00:00Z\"}", "confirmationDue"},
            {"{\"year\": 2043, \"quarter\": 1, \"publicityPeriod\": \"5 days\"}", "publicityPeriod"},
            {"{\"year\": 2043, \"quarter\": 1, \"publicityPeriod\": \"P0D\"}", "publicityPeriod"},
            {"{\"year\": 2043, \"quarter\": 1, \"publicityPeriod\": \"-P1D\"}", "publicityPeriod"},
            {"{\"year\": 2043, \"quarter\": 1, \"standard\": \"NO-SUCH\"}", "standard"},
            {"{\"year\": 2043, \"quarter\": ", "body"},
        };
        int before = as("admin").get("/api/cycles").json().size();
        for (String[] b : bad) {
            assertBadRequest(as("admin").post("/api/cycles", b[0]), b[1]);
        }
        JsonNode cycles = as("admin").get("/api/cycles").json();
        assertThat(cycles).hasSize(before);
        cycles.forEach(c -> assertThat(c.get("year").asInt()).isNotIn(1999, 2043));
    }

    /** One open task: a bad body is a 400 naming the field, and leaves the task and the assessment as they were. */
    private final class Form {
        private final String user;
        private final String taskId;
        private final long assessmentId;

        Form(String user, String taskId, long assessmentId) {
            this.user = user;
            this.taskId = taskId;
            this.assessmentId = assessmentId;
        }

        void refused(String body, String field) {
            check("complete", body, field);
        }

        void refusedDraft(String body, String field) {
            check("draft", body, field);
        }

        private void check(String action, String body, String field) {
            JsonNode before =
                    as("leader").get("/api/assessments/" + assessmentId).json();
            ApiClient.Response response = send(user, action.equals("draft") ? "PUT" : "POST", taskId, action, body);
            assertBadRequest(response, field);
            boolean open = as(user).get("/api/tasks/" + taskId).status() == 200;
            assertThat(open).as("task " + taskId + " still open after " + body).isTrue();
            JsonNode after =
                    as("leader").get("/api/assessments/" + assessmentId).json();
            assertThat(after).as("assessment unchanged after " + body).isEqualTo(before);
        }
    }

    private ApiClient.Response send(String user, String method, String taskId, String action, String body) {
        ApiClient client = as(user);
        return client.send(client.request("/api/tasks/" + taskId + "/" + action)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void assertBadRequest(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText())
                .as(response.toString())
                .isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }
}
