package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.KaopingApplication;
import com.kaoping.support.MariaDbTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a cycle survives the application stopping half-way: after a restart on the same database every branch
 * ends with exactly one assessment and one process. Runs its own application twice on its own MariaDB database.
 */
@Tag("own-engine")
class CycleOpeningRestartTest {

    private static final int BRANCHES = 120;

    @Test
    void everyBranchIsOpenedExactlyOnceAcrossARestart() throws Exception {
        MariaDbTestDatabase db = MariaDbTestDatabase.createFresh(
                "restart_" + ProcessHandle.current().pid());
        long cycleId;
        int openedAtStop;
        try (ConfigurableApplicationContext first = start(db)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            for (int i = 1; i <= BRANCHES; i++) {
                jdbc.update("INSERT INTO kp_branch (code, name) VALUES (?, ?)", "R%03d".formatted(i), "重启测试" + i);
            }
            StringBuilder codes = new StringBuilder();
            for (int i = 1; i <= BRANCHES; i++) {
                codes.append(i == 1 ? "" : ",").append("\"R%03d\"".formatted(i));
            }
            HttpResponse<String> created =
                    post(first, "/api/cycles", "{\"year\": 2045, \"quarter\": 1, \"branches\": [" + codes + "]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            cycleId = jdbc.queryForObject("SELECT id FROM kp_cycle WHERE cycle_year = 2045", Long.class);
            // stop while the opening jobs are still under way
            awaitAtLeast(jdbc, cycleId, 1);
            openedAtStop = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycleId);
        }
        // the scenario is real only if the stop came half-way
        assertThat(openedAtStop).isLessThan(BRANCHES);
        try (ConfigurableApplicationContext second = start(db)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            awaitAtLeast(jdbc, cycleId, BRANCHES);
            RuntimeService runtime = second.getBean(RuntimeService.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (runtime.createProcessInstanceQuery()
                                    .processDefinitionKey("assessment")
                                    .variableValueEquals("cycleId", cycleId)
                                    .count()
                            < BRANCHES
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycleId))
                    .isEqualTo(BRANCHES);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(DISTINCT branch_code) FROM kp_assessment WHERE cycle_id = ?",
                            Integer.class,
                            cycleId))
                    .isEqualTo(BRANCHES);
            assertThat(runtime.createProcessInstanceQuery()
                            .processDefinitionKey("assessment")
                            .variableValueEquals("cycleId", cycleId)
                            .count())
                    .isEqualTo(BRANCHES);
            assertThat(runtime.createIncidentQuery().count()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(MariaDbTestDatabase db) {
        return new SpringApplicationBuilder(KaopingApplication.class)
                .profiles("mysql")
                .run(
                        "--server.port=0",
                        "--kaoping.demo-data=true",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        // jobs a stopped node had locked become free again soon after the restart
                        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                        // not "default": Camunda's JVM-wide engine registry is shared with the other tests' context
                        "--camunda.bpm.process-engine-name=restart");
    }

    private static void awaitAtLeast(JdbcTemplate jdbc, long cycleId, int opened) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycleId)
                < opened) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than " + opened + " branches opened in time");
            }
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext app, String path, String json)
            throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
