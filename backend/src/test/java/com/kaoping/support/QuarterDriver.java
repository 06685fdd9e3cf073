package com.kaoping.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Drives a quarter through the HTTP API as the demo users would: find one's task, complete it, wait for jobs. */
public final class QuarterDriver {

    private final MariaDbIntegrationTest test;
    private final long cycleId;

    public QuarterDriver(MariaDbIntegrationTest test, long cycleId) {
        this.test = test;
        this.cycleId = cycleId;
    }

    /** Opens a cycle as admin and waits until every branch's first task exists. */
    public static QuarterDriver open(MariaDbIntegrationTest test, String body, int branches) {
        ApiClient.Response created = test.as("admin").post("/api/cycles", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        QuarterDriver driver = new QuarterDriver(test, id);
        driver.await("every branch opened", () -> {
            JsonNode cycle = test.as("admin").get("/api/cycles/" + id).json();
            return cycle.get("opened").asInt() == branches
                    && cycle.get("waiting").path("selfAssessment").asInt() == branches;
        });
        return driver;
    }

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    /**
     * Runs a whole quarter through the API and publishes it: the branches named (B0N, worked on by branch0N) submit
     * their findings (a JSON array each), every department approves, the branches declare their bonuses (none when
     * not named), the leadership group approves each with its vetoes (none when not named) and publishes.
     */
    public static QuarterDriver published(
            MariaDbIntegrationTest test,
            int year,
            int quarter,
            Map<String, String> findings,
            Map<String, String> bonuses,
            Map<String, String> vetoes) {
        QuarterDriver q = locked(test, year, quarter, findings, bonuses, vetoes);
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");
        return q;
    }

    /** As {@link #published}, up to every branch's result being locked, before publication. */
    public static QuarterDriver locked(
            MariaDbIntegrationTest test,
            int year,
            int quarter,
            Map<String, String> findings,
            Map<String, String> bonuses,
            Map<String, String> vetoes) {
        List<String> branches = findings.keySet().stream().sorted().toList();
        QuarterDriver q = open(
                test,
                "{\"year\": " + year + ", \"quarter\": " + quarter + ", \"branches\": [\""
                        + String.join("\", \"", branches) + "\"]}",
                branches.size());
        for (String b : branches) {
            q.complete(user(b), "selfAssessment", b, "{\"findings\": " + findings.get(b) + ", \"comment\": \"按时自评\"}");
        }
        for (String b : branches) {
            for (String dept : DEPARTMENTS) {
                q.complete("reviewer-" + dept, "departmentReview", b, "{\"decision\": \"approve\"}");
            }
        }
        for (String b : branches) {
            q.complete(user(b), "bonusDeclaration", b, "{\"bonuses\": " + bonuses.getOrDefault(b, "[]") + "}");
        }
        for (String b : branches) {
            q.complete(
                    "leader",
                    "leadershipConfirmation",
                    b,
                    "{\"decision\": \"approve\", \"vetoes\": " + vetoes.getOrDefault(b, "[]") + "}");
        }
        return q;
    }

    /** The demo user of branch B0N. */
    private static String user(String branch) {
        return "branch0" + branch.substring(2);
    }

    public long cycleId() {
        return cycleId;
    }

    public JsonNode cycle() {
        return test.as("admin").get("/api/cycles/" + cycleId).json();
    }

    /** The user's open tasks of this cycle (up to 500: the server filters and pages, docs/scale.md). */
    public List<JsonNode> tasks(String user) {
        ApiClient.Response response = test.as(user).get("/api/tasks?size=500&cycle=" + cycleId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode task : response.json()) {
            if (task.path("cycleId").asLong() == cycleId) {
                out.add(task);
            }
        }
        return out;
    }

    public Optional<JsonNode> findTask(String user, String taskKey, String branch) {
        return tasks(user).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey))
                .filter(t -> branch == null || branch.equals(t.path("branch").asText(null)))
                .findFirst();
    }

    public JsonNode task(String user, String taskKey, String branch) {
        return findTask(user, taskKey, branch)
                .orElseThrow(() ->
                        new AssertionError(user + " has no " + taskKey + " task for " + branch + ": " + tasks(user)));
    }

    /** Completes the user's task and asserts 204. */
    public JsonNode complete(String user, String taskKey, String branch, String body) {
        JsonNode task = task(user, taskKey, branch);
        ApiClient.Response response =
                test.as(user).post("/api/tasks/" + task.get("id").asText() + "/complete", body);
        assertThat(response.status())
                .as(user + " completing " + taskKey + " for " + branch + ": " + response)
                .isEqualTo(204);
        return task;
    }

    public long assessmentId(String user, String branch) {
        return task(user, "selfAssessment", branch).get("assessmentId").asLong();
    }

    public JsonNode assessment(String user, long assessmentId) {
        ApiClient.Response response = test.as(user).get("/api/assessments/" + assessmentId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public void await(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
