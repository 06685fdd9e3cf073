package com.kaoping.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.KaopingApplication;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.MariaDbTestDatabase;
import com.kaoping.support.QuarterDriver;
import com.kaoping.support.SessionClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes start at the same moment on one empty MariaDB database, then run a quarter between them: a branch works
 * on one node, the reviewers and the leadership group on the other, and the jobs run wherever they are acquired.
 * Nothing is created twice (docs/operations.md).
 */
@Tag("own-engine")
class TwoNodesTest {

    private static final MariaDbTestDatabase DATABASE =
            MariaDbTestDatabase.createFresh("nodes_" + ProcessHandle.current().pid());
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();

    @BeforeAll
    static void startTwoNodesAtOnce() throws Exception {
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start("node-a"));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start("node-b"));
        NODES.add(a.get(5, TimeUnit.MINUTES));
        NODES.add(b.get(5, TimeUnit.MINUTES));
    }

    @AfterAll
    static void stop() {
        NODES.forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext start(String engineName) {
        return new SpringApplicationBuilder(KaopingApplication.class)
                .profiles("mysql")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + DATABASE.url(),
                        "--spring.datasource.username=" + DATABASE.username(),
                        "--spring.datasource.password=" + DATABASE.password(),
                        "--kaoping.demo-data=true",
                        "--kaoping.bootstrap-admin.username=root-admin",
                        "--kaoping.bootstrap-admin.password=a-long-secret-for-both",
                        "--logging.level.root=WARN",
                        // Camunda registers engines by name in a JVM-wide registry
                        "--camunda.bpm.process-engine-name=" + engineName);
    }

    /** One node as the test support's HTTP clients see it. */
    static final class Node extends MariaDbIntegrationTest {
        Node(ConfigurableApplicationContext context) {
            this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
            this.json = context.getBean(ObjectMapper.class);
        }

        int port() {
            return port;
        }

        ApiClient client(String user) {
            return as(user);
        }
    }

    @Test
    void bothStartOnAnEmptyDatabaseAndShareAQuarter() {
        JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
        // start-up made everything once
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kp_standard", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kp_user WHERE role = 'ADMIN'", Integer.class))
                .isEqualTo(1);
        // every account mirrored once; engine-placeholder is Camunda's own, not a Kaoping account (docs/security.md)
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ <> 'engine-placeholder'", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM kp_user", Integer.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'assessment'", Integer.class))
                .isEqualTo(1);

        Node a = new Node(NODES.get(0));
        Node b = new Node(NODES.get(1));
        assertThat(a.port()).isNotEqualTo(b.port());
        QuarterDriver onA = QuarterDriver.open(a, """
                {"year": 2051, "quarter": 1, "branches": ["B01", "B02"], "publicityPeriod": "PT2S"}
                """, 2);
        QuarterDriver onB = new QuarterDriver(b, onA.cycleId());
        onA.complete("branch01", "selfAssessment", "B01", "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}");
        onB.complete("branch02", "selfAssessment", "B02", "{\"findings\": []}");
        for (String dept : List.of("org", "pub", "disc", "prod", "sec", "union")) {
            for (String branch : List.of("B01", "B02")) {
                (dept.hashCode() % 2 == 0 ? onA : onB)
                        .complete("reviewer-" + dept, "departmentReview", branch, "{\"decision\": \"approve\"}");
            }
        }
        onB.complete("branch01", "bonusDeclaration", "B01", "{\"bonuses\": []}");
        onA.complete("branch02", "bonusDeclaration", "B02", "{\"bonuses\": []}");
        onB.complete("leader", "leadershipConfirmation", "B01", "{\"decision\": \"approve\"}");
        onA.complete("leader", "leadershipConfirmation", "B02", "{\"decision\": \"approve\"}");
        onB.await(
                "publication task",
                () -> onB.findTask("leader", "publication", null).isPresent());
        onB.complete("leader", "publication", null, "{}");
        assertThat(onA.cycle().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(a.client("leader")
                        .get("/api/cycles/" + onA.cycleId() + "/ranking")
                        .json())
                .hasSize(2);

        // nothing duplicated: one assessment and one locked result per branch, one publication, no failed job
        long cycle = onA.cycleId();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycle))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_locked_result r JOIN kp_assessment s ON s.id = r.assessment_id"
                                + " WHERE s.cycle_id = ?",
                        Integer.class,
                        cycle))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'publication'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT username, kind, task_id FROM kp_notification"
                                + " WHERE task_id IS NOT NULL GROUP BY username, kind, task_id HAVING COUNT(*) > 1) d",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class))
                .isZero();
    }

    /** A session signed in on one node is known to the other (Spring Session in the database): no sticky sessions. */
    @Test
    void aSessionStartedOnOneNodeWorksOnTheOther() {
        Node a = new Node(NODES.get(0));
        Node b = new Node(NODES.get(1));
        SessionClient onA = new SessionClient(a.port(), null);
        assertThat(onA.signIn("reviewer-pub", "demo").statusCode()).isBetween(200, 204);
        SessionClient onB = onA.onPort(b.port());

        HttpResponse<String> me = onB.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"reviewer-pub\"");
        // a write on the other node passes its CSRF check and is seen on the first
        assertThat(onB.write("PUT", "/api/me/preferences", "{\"language\": \"en\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(onA.get("/api/me/preferences").body()).contains("\"language\":\"en\"");
        // signing out on one node ends the session on both
        assertThat(onB.write("POST", "/api/logout", "").statusCode()).isLessThan(300);
        assertThat(onA.get("/api/me").statusCode()).isEqualTo(401);
    }
}
