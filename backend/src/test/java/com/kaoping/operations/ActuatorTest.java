package com.kaoping.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Health, info and Prometheus as an operator and a load balancer see them (docs/operations.md). */
class ActuatorTest extends MariaDbIntegrationTest {

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ApiClient.Response response = anonymous().get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/info").status()).isEqualTo(401);
        assertThat(as("branch01").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("leader").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(as("leader").get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessNamesTheDatabaseAndTheJobExecutorToAdministrators() {
        JsonNode readiness = as("admin").get("/actuator/health/readiness").json();
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("db").path("status").asText())
                .isEqualTo("UP");
        JsonNode jobs = readiness.path("components").path("jobs");
        assertThat(jobs.path("status").asText()).isEqualTo("UP");
        assertThat(jobs.path("details").path("acquisitionRunning").asBoolean()).isTrue();
        assertThat(jobs.path("details").has("failedJobs")).isTrue();
        assertThat(jobs.path("details").has("openIncidents")).isTrue();
        assertThat(as("admin")
                        .get("/actuator/health/liveness")
                        .json()
                        .path("components")
                        .has("livenessState"))
                .isTrue();
    }

    @Test
    void infoShowsTheVersionAndTheCommit() {
        JsonNode info = as("admin").get("/actuator/info").json();
        assertThat(info.path("build").path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        // built from a git checkout here; a build from a source archive has no commit to show
        assertThat(info.path("git").path("commit").path("id").asText()).matches("[0-9a-f]{7,}");
    }

    @Test
    void prometheusShowsHttpEngineAndKaopingMetrics() {
        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2050, "quarter": 1, "branches": ["B01", "B02"]}
                """, 2);
        double before = sample(prometheus(), "kaoping_tasks_completed_total\\{[^}]*task=\"selfAssessment\"[^}]*}");
        q.complete("branch01", "selfAssessment", "B01", "{\"findings\": []}");
        q.await(
                "the review tasks exist",
                () -> q.findTask("reviewer-org", "departmentReview", "B01").isPresent());

        String metrics = prometheus();
        assertThat(sample(metrics, "kaoping_tasks_completed_total\\{[^}]*task=\"selfAssessment\"[^}]*}"))
                .isEqualTo(before + 1);
        assertThat(sample(metrics, "kaoping_assessments_opened_total\\{[^}]*}")).isGreaterThanOrEqualTo(2);
        assertThat(metrics).contains("kaoping_assessments_locked_total");
        assertThat(sample(metrics, "camunda_job_successful_total\\{[^}]*}")).isGreaterThanOrEqualTo(1);
        assertThat(sample(metrics, "camunda_job_acquisition_attempt_total\\{[^}]*}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("http_server_requests_seconds_bucket{");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/tasks\"");
    }

    private String prometheus() {
        ApiClient admin = as("admin");
        ApiClient.Response response = admin.send(admin.request("/actuator/prometheus")
                .setHeader("Accept", "text/plain")
                .GET());
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The value of the first sample matching the pattern (0 when there is none yet). */
    private static double sample(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
