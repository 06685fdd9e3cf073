package com.kaoping.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.support.MariaDbTestDatabase;
import com.kaoping.web.BadRequestException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assessment module on its own (with the modules it uses, without cycles, workflow and the engine): its task steps drive the
 * aggregate, and the aggregate decides who reviews. Figures hand-worked from the 2021 standard.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("mysql")
@TestPropertySource(
        properties = {
            "spring.autoconfigure.exclude="
                    + "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
            "kaoping.demo-data=false",
            // the job executor's health check belongs to the workflow module, which this test leaves out
            "management.endpoint.health.group.readiness.include=db",
            "logging.level.root=WARN"
        })
class AssessmentModuleTest {

    private static final MariaDbTestDatabase DATABASE =
            MariaDbTestDatabase.createFresh("module_" + ProcessHandle.current().pid());

    private static final UserAccount BRANCH = new UserAccount(1, "branch-m", "支部", Role.BRANCH, "M01", null, true);
    private static final UserAccount ORG = new UserAccount(2, "rev-org", "组织部", Role.REVIEWER, null, "ORG", true);
    private static final UserAccount PUB = new UserAccount(3, "rev-pub", "宣传部", Role.REVIEWER, null, "PUB", true);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
    }

    /** Implemented by the workflow module, which this test leaves out: the engine's view is not asked here. */
    @MockitoBean
    ProcessState processState;

    @Autowired
    AssessmentLifecycle lifecycle;

    @Autowired
    AssessmentRouting routing;

    @Autowired
    List<TaskStep> stepList;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ObjectMapper json;

    long assessmentId;

    @BeforeEach
    void openAnAssessment() {
        jdbc.update("INSERT IGNORE INTO kp_branch (code, name) VALUES ('M01', '模块测试党总支')");
        int year = 2100 + (int) (System.nanoTime() % 800);
        jdbc.update(
                "INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version, status,"
                        + " publicity_period, created_by) VALUES (?, 1, 'DZZ-2021', 1, 'OPEN', 'P5D', 'test')",
                year);
        long cycleId = jdbc.queryForObject("SELECT id FROM kp_cycle WHERE cycle_year = ?", Long.class, year);
        assessmentId = lifecycle.register(cycleId, "M01", "pi-" + year);
    }

    @Test
    void everyDepartmentOwningIndicatorsReviewsTheFirstRound() {
        // the standard's primaries in order: ORG, ORG, PUB, DISC, PROD, SEC, UNION, ORG
        assertThat(routing.reviewDepartments(assessmentId))
                .containsExactly("ORG", "PUB", "DISC", "PROD", "SEC", "UNION");
    }

    @Test
    void aSubmittedSelfAssessmentIsScoredWithItsOwnVersion() throws Exception {
        complete(
                "selfAssessment", BRANCH, "{\"findings\": [{\"clause\": \"1.1\", \"count\": 3}], \"comment\": \"自查\"}");

        // 1.1 每少1次扣0.2分 × 3 = 0.60: 100 − 0.60 = 99.40
        JsonNode card = json.readTree(
                jdbc.queryForObject("SELECT self_card FROM kp_assessment WHERE id = ?", String.class, assessmentId));
        assertThat(card.get("totalScore").decimalValue()).isEqualByComparingTo("99.40");
        assertThat(card.get("standardVersion").asInt()).isEqualTo(1);
    }

    @Test
    void afterAReturnOnlyWhoReturnedAndWhoseIndicatorsChangedReviewAgain() {
        complete("selfAssessment", BRANCH, "{\"findings\": [{\"clause\": \"1.1\", \"count\": 3}]}");
        complete("departmentReview", ORG, "{\"decision\": \"return\", \"comment\": \"请补充佐证\"}");
        complete("departmentReview", PUB, "{\"decision\": \"approve\"}");

        // resubmitted with a new finding on 31.4 (思想政治工作, PUB); ORG returned it
        complete(
                "selfAssessment",
                BRANCH,
                "{\"findings\": [{\"clause\": \"1.1\", \"count\": 3}, {\"clause\": \"31.4\", \"count\": 1}]}");

        assertThat(routing.reviewDepartments(assessmentId)).containsExactly("ORG", "PUB");
    }

    @Test
    void aReviewerChangesOnlyItsOwnIndicatorsAndNothingIsWrittenOtherwise() {
        complete("selfAssessment", BRANCH, "{\"findings\": [{\"clause\": \"1.1\", \"count\": 3}]}");
        int findingsBefore = findings();

        assertThatThrownBy(
                        () -> complete(
                                "departmentReview",
                                PUB,
                                "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"x\"}]}"))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("findings[0].clause"));
        assertThat(findings()).isEqualTo(findingsBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_decision WHERE assessment_id = ?", Integer.class, assessmentId))
                .isZero();
    }

    private int findings() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM kp_finding WHERE assessment_id = ?", Integer.class, assessmentId);
    }

    private void complete(String taskKey, UserAccount user, String body) {
        Map<String, TaskStep> steps =
                stepList.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
        TaskContext task = new TaskContext("t-" + taskKey, taskKey, "pi", assessmentId, 0, user, Map.of());
        transaction.executeWithoutResult(status -> {
            try {
                steps.get(taskKey).complete(task, json.readTree(body));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
