package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One quarter for three branches, from opening to the final cycle, through the HTTP API with the demo users on
 * MariaDB, one rule per test in the order of the quarter (each test goes on from where the one before left the
 * quarter). Expected scores are worked by hand from the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarterScenarioApiTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Autowired
    JdbcTemplate jdbc;

    QuarterDriver q;
    long b1;
    long b2;
    long b3;

    /** One cycle per quarter; a branch sees only its own tasks and assessment. */
    @Test
    @Order(1)
    void aCycleOpensOncePerQuarterAndABranchSeesOnlyItsOwnWork() {
        q = QuarterDriver.open(this, """
                {"year": 2031, "quarter": 1, "branches": ["B01", "B02", "B03"], "publicityPeriod": "PT4S"}
                """, 3);
        assertThat(as("admin")
                        .post("/api/cycles", "{\"year\": 2031, \"quarter\": 1}")
                        .status())
                .isEqualTo(409);
        b1 = q.assessmentId("branch01", "B01");
        b2 = q.assessmentId("branch02", "B02");
        b3 = q.assessmentId("branch03", "B03");
        // a branch sees only its own work; nothing has been sent back yet
        assertThat(q.tasks("branch01")).allMatch(t -> t.get("branch").asText().equals("B01"));
        assertThat(q.task("branch01", "selfAssessment", "B01").get("returned").asBoolean())
                .isFalse();
        assertThat(as("branch02").get("/api/assessments/" + b1).status()).isEqualTo(404);
    }

    /** 自评: per-unit deductions add up, a cap (69.1: at most 0.6) holds, no deficiency scores 100. */
    @Test
    @Order(2)
    void selfAssessmentsAreScoredWithTheirDeductionsAndCaps() {
        // 自评. B01: 1.1 ×3 = 0.6, 2.1 ×2 = 0.2 → 加强政治理论学习 1.2, base 99.2
        q.complete("branch01", "selfAssessment", "B01", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}, {"clause": "2.1", "count": 2}],
                 "comment": "按时自评"}""");
        assertThat(total(q.assessment("branch01", b1).get("scores").get("self")))
                .isEqualByComparingTo("99.2");
        // B02: no deficiency → 100
        q.complete("branch02", "selfAssessment", "B02", "{\"findings\": []}");
        // B03: 31.4 ×1 = 0.5 (PUB), 69.1 ×5 = 1.0 capped at 0.6 (UNION) → 98.9
        q.complete("branch03", "selfAssessment", "B03", """
                {"findings": [{"clause": "31.4", "count": 1}, {"clause": "69.1", "count": 5}]}""");
        assertThat(total(q.assessment("branch03", b3).get("scores").get("self")))
                .isEqualByComparingTo("98.9");
        // a completed task cannot be completed again
        assertThat(q.findTask("branch01", "selfAssessment", "B01")).isEmpty();
    }

    /** 部门审核: one task per department owning indicators, for every branch. */
    @Test
    @Order(3)
    void everyDepartmentOwningIndicatorsReviewsEveryBranch() {
        // 部门审核: six departments for each branch
        for (String dept : DEPARTMENTS) {
            assertThat(q.tasks("reviewer-" + dept))
                    .filteredOn(t -> t.get("taskKey").asText().equals("departmentReview"))
                    .hasSize(3);
        }
    }

    /** A reviewer may not touch another department's clause, and a changed finding needs its reason. */
    @Test
    @Order(4)
    void aReviewerChangesOnlyItsOwnIndicatorsAndEachChangeNeedsAReason() {
        // a reviewer may not touch another department's clause
        JsonNode pubTask = q.task("reviewer-pub", "departmentReview", "B01");
        ApiClient.Response foreign = as("reviewer-pub")
                .post(
                        "/api/tasks/" + pubTask.get("id").asText() + "/complete",
                        "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"x\"}]}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("field").asText()).isEqualTo("findings[0].clause");
        // a changed finding needs a reason
        JsonNode orgTask = q.task("reviewer-org", "departmentReview", "B01");
        ApiClient.Response noReason = as("reviewer-org")
                .post(
                        "/api/tasks/" + orgTask.get("id").asText() + "/complete",
                        "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 2}]}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("findings[0].note");
    }

    /** A department's adjustment scores the reviewed findings; a return sends the assessment back. */
    @Test
    @Order(5)
    void aReviewersAdjustmentChangesTheReviewedScore() {
        // B01: ORG adjusts 1.1 to 2 → 0.4 + 0.2 → 1.4, base 99.4; everyone else approves
        q.complete("reviewer-org", "departmentReview", "B01", """
                {"decision": "approve", "findings": [{"clause": "1.1", "count": 2, "note": "核实少2次"}]}""");
        for (String dept : DEPARTMENTS.subList(1, 6)) {
            q.complete("reviewer-" + dept, "departmentReview", "B01", "{\"decision\": \"approve\"}");
        }
        for (String dept : DEPARTMENTS) {
            q.complete("reviewer-" + dept, "departmentReview", "B02", "{\"decision\": \"approve\"}");
        }
        // B03: UNION returns it
        for (String dept : DEPARTMENTS.subList(0, 5)) {
            q.complete("reviewer-" + dept, "departmentReview", "B03", "{\"decision\": \"approve\"}");
        }
        q.complete(
                "reviewer-union", "departmentReview", "B03", "{\"decision\": \"return\", \"comment\": \"组织机构图请核实\"}");
        JsonNode b1Reviewed = q.assessment("leader", b1);
        assertThat(total(b1Reviewed.get("scores").get("reviewed"))).isEqualByComparingTo("99.4");
        assertThat(b1Reviewed.get("findings").toString()).contains("核实少2次");
    }

    /** After a return, only the department that returned it (or whose indicators changed) reviews again. */
    @Test
    @Order(6)
    void afterAReturnOnlyTheReturningDepartmentReviewsAgain() {
        // B03 is back at 自评; it resubmits 69.1 ×2 = 0.4 → 0.9 off → 99.1; only UNION reviews again
        q.await(
                "B03 back at selfAssessment",
                () -> q.findTask("branch03", "selfAssessment", "B03").isPresent());
        assertThat(q.task("branch03", "selfAssessment", "B03").get("returned").asBoolean())
                .isTrue();
        q.complete("branch03", "selfAssessment", "B03", """
                {"findings": [{"clause": "31.4", "count": 1}, {"clause": "69.1", "count": 2}]}""");
        assertThat(q.findTask("reviewer-pub", "departmentReview", "B03")).isEmpty();
        q.complete("reviewer-union", "departmentReview", "B03", "{\"decision\": \"approve\"}");
    }

    /** 加分申报: rule 85 on 组织工作 goes to ORG only; rule 88 needs no department. */
    @Test
    @Order(7)
    void declaredBonusesAreEndorsedByTheOwningDepartmentOnly() {
        // 加分申报. B01: 85 组织工作 0.5 + 88 1 → ORG endorses; B02 none; B03 88 2
        q.complete("branch01", "bonusDeclaration", "B01", """
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0.5, "note": "获公司表彰"},
                             {"rule": 88, "points": 1, "note": "经验做法推广"}]}""");
        q.complete("branch02", "bonusDeclaration", "B02", "{\"bonuses\": []}");
        q.complete("branch03", "bonusDeclaration", "B03", "{\"bonuses\": [{\"rule\": 88, \"points\": 2}]}");
        assertThat(q.findTask("reviewer-pub", "bonusEndorsement", "B01")).isEmpty();
        q.complete("reviewer-org", "bonusEndorsement", "B01", "{\"decision\": \"approve\"}");
    }

    /** 领导小组认定: a veto needs its reason; a return to one department resumes at confirmation. */
    @Test
    @Order(8)
    void theLeadershipGroupConfirmsVetoesWithAReasonAndReturnsToOneDepartment() {
        // 领导小组认定. B01 approved: 99.4 + 1.5 = 100.9
        q.complete("leader", "leadershipConfirmation", "B01", "{\"decision\": \"approve\"}");
        // B02 vetoed under rule 89: keeps 100, grade 差
        ApiClient.Response vetoWithoutReason = as("leader")
                .post(
                        "/api/tasks/"
                                + q.task("leader", "leadershipConfirmation", "B02")
                                        .get("id")
                                        .asText() + "/complete",
                        "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89}]}");
        assertThat(vetoWithoutReason.status()).isEqualTo(400);
        assertThat(vetoWithoutReason.json().get("field").asText()).isEqualTo("vetoes[0].reason");
        q.complete(
                "leader",
                "leadershipConfirmation",
                "B02",
                "{\"decision\": \"approve\", \"vetoes\": [{\"rule\": 89, \"reason\": \"国有资产流失\"}]}");
        // B03 returned to UNION, reviewed again, then back at confirmation without re-declaring bonuses
        q.complete(
                "leader",
                "leadershipConfirmation",
                "B03",
                "{\"decision\": \"return\", \"department\": \"UNION\", \"comment\": \"请复核69.1\"}");
        q.complete("reviewer-union", "departmentReview", "B03", "{\"decision\": \"approve\"}");
        assertThat(q.findTask("branch03", "bonusDeclaration", "B03")).isEmpty();
        q.complete("leader", "leadershipConfirmation", "B03", "{\"decision\": \"approve\"}");
    }

    /** Locked means locked: the final score (99.4 + 1.5 bonus = 100.9) and who did what. */
    @Test
    @Order(9)
    void aLockedResultKeepsItsFinalScoreAndItsHistory() {
        // locked means locked
        JsonNode locked = q.assessment("branch01", b1);
        assertThat(locked.get("locked").asBoolean()).isTrue();
        assertThat(total(locked.get("scores").get("final"))).isEqualByComparingTo("100.9");
        assertThat(locked.get("history").toString())
                .contains("LOCKED")
                .contains("branch01")
                .contains("reviewer-org");
        JsonNode b2Final = q.assessment("leader", b2).get("scores").get("final");
        assertThat(b2Final.get("vetoed").asBoolean()).isTrue();
        assertThat(b2Final.get("grade").asText()).isEqualTo("差");
    }

    /** 公示: the ranking is published to the branches; a vetoed branch ranks last. */
    @Test
    @Order(10)
    void thePublishedRankingPutsVetoedBranchesLast() {
        // 公示: publish, then ranking: B03 101.1, B01 100.9, B02 vetoed last
        assertThat(as("branch01").get("/api/cycles/" + q.cycleId() + "/ranking").status())
                .isEqualTo(403);
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");
        assertThat(q.cycle().get("status").asText()).isEqualTo("PUBLISHED");
        JsonNode ranking =
                as("branch01").get("/api/cycles/" + q.cycleId() + "/ranking").json();
        assertThat(ranking).hasSize(3);
        assertThat(ranking.get(0).get("branch").asText()).isEqualTo("B03");
        assertThat(total(ranking.get(0))).isEqualByComparingTo("101.1");
        assertThat(ranking.get(1).get("branch").asText()).isEqualTo("B01");
        assertThat(ranking.get(2).get("branch").asText()).isEqualTo("B02");
        assertThat(ranking.get(2).get("vetoed").asBoolean()).isTrue();
        assertThat(ranking.get(2).get("rank").asInt()).isEqualTo(3);
        // the grade's band as the engine found it: 好 is the best band (0), a vetoed 差 the lowest (3)
        assertThat(ranking.get(0).get("gradeLevel").asInt()).isZero();
        assertThat(ranking.get(2).get("gradeLevel").asInt()).isEqualTo(3);
    }

    /** 异议: an accepted objection becomes revision 2 with its reason, and the ranking follows. */
    @Test
    @Order(11)
    void anAcceptedObjectionBecomesARevisionOfTheResult() {
        // 异议: B01 objects; the leaders accept and correct 1.1 to 0 → revision 2: only 2.1 ×2 = 0.2 left → 99.8 + 1.5 =
        // 101.3
        ApiClient.Response objection =
                as("branch01").post("/api/assessments/" + b1 + "/objections", "{\"reason\": \"1.1 已补学\"}");
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(as("branch02")
                        .post("/api/assessments/" + b1 + "/objections", "{\"reason\": \"x\"}")
                        .status())
                .isEqualTo(404);
        q.complete("leader", "objectionAnswer", null, """
                {"decision": "accept", "answer": "经核实予以更正",
                 "correction": {"findings": [{"clause": "1.1", "count": 0}], "reason": "异议成立:1.1已补学"}}""");
        // the branch learns the answer; no other branch does
        assertThat(as("branch01").get("/api/notifications").json()).anySatisfy(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("OBJECTION");
            assertThat(n.get("assessmentId").asLong()).isEqualTo(b1);
        });
        assertThat(as("branch02").get("/api/notifications").json())
                .noneSatisfy(n -> assertThat(n.path("assessmentId").asLong()).isEqualTo(b1));
        JsonNode corrected = q.assessment("branch01", b1);
        assertThat(corrected.get("revisions")).hasSize(2);
        assertThat(corrected.get("revisions").get(1).get("reason").asText()).contains("异议成立");
        assertThat(total(corrected.get("scores").get("final"))).isEqualByComparingTo("101.3");
        JsonNode reranked =
                as("leader").get("/api/cycles/" + q.cycleId() + "/ranking").json();
        assertThat(reranked.get(0).get("branch").asText()).isEqualTo("B01");
    }

    /** The chain of locked results is intact and only ADMIN reads it. */
    @Test
    @Order(12)
    void theChainOfLockedResultsIsIntact() {
        // the chain of locked results is intact
        JsonNode chain = as("admin").get("/api/audit/chain").json();
        assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();
        assertThat(as("leader").get("/api/audit/chain").status()).isEqualTo(403);
    }

    /** The publicity period (4 s here) ends the cycle. */
    @Test
    @Order(13)
    void thePublicityPeriodEndsTheCycle() {
        // the publicity period (4 s here) ends the cycle
        q.await("the cycle is final", () -> q.cycle().get("status").asText().equals("FINAL"));
    }

    /**
     * The engine kept what an auditor needs of the quarter (docs/reliability.md, "History"): every process and task
     * instance with its times, the variables that identify the work; not every variable update, the multi-instance
     * counters, the job log of timers, the candidate links or the operation log.
     */
    @Test
    @Order(14)
    void theEngineKeepsTheQuartersAuditTrailAndNothingMore() {
        List<String> processes = jdbc.queryForList(
                "SELECT process_instance_id FROM kp_assessment WHERE cycle_id = ?", String.class, q.cycleId());
        assertThat(processes).hasSize(3);
        String in = "('" + String.join("', '", processes) + "')";
        assertThat(jdbc.queryForList("SELECT END_TIME_ FROM ACT_HI_PROCINST WHERE ID_ IN " + in, Timestamp.class))
                .hasSize(3)
                .doesNotContainNull();
        List<String> tasks = jdbc.queryForList(
                "SELECT TASK_DEF_KEY_ FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL AND PROC_INST_ID_ IN " + in,
                String.class);
        assertThat(tasks).contains("selfAssessment", "departmentReview", "bonusDeclaration", "leadershipConfirmation");
        // three branches, six departments each, and B02's second review after its return
        assertThat(tasks.stream().filter("departmentReview"::equals)).hasSizeGreaterThanOrEqualTo(18);
        List<String> variables =
                jdbc.queryForList("SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN " + in, String.class);
        assertThat(variables).contains("assessmentId", "cycleId", "branchCode");
        assertThat(variables)
                .doesNotContain("nrOfInstances", "nrOfCompletedInstances", "loopCounter", "department", "reviewDue");
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT ACT_TYPE_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ IN " + in, String.class))
                .contains("startEvent")
                .doesNotContain("userTask", "serviceTask", "exclusiveGateway", "multiInstanceBody");
        Map<String, String> processColumn = Map.of(
                "ACT_HI_DETAIL", "PROC_INST_ID_",
                "ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_",
                "ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_",
                "ACT_HI_OP_LOG", "PROC_INST_ID_");
        processColumn.forEach((table, column) -> assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + column + " IN " + in, Long.class))
                .as(table)
                .isZero());
    }

    private static BigDecimal total(JsonNode card) {
        return card.get("totalScore").decimalValue();
    }
}
