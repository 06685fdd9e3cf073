package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Real concurrency on MariaDB (issue 8): the same task completed by several requests at once gives exactly one
 * 204 and 409s, the winner's result intact; concurrent objections and drafts are each stored when answered 2xx.
 */
class RaceTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Test
    void racingCompletionsGiveOneWinnerAndConflicts() throws Exception {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2057, \"quarter\": 1, \"branches\": [\"B07\"]}", 1);
        long id = q.assessmentId("branch07", "B07");
        String task = q.task("branch07", "selfAssessment", "B07").get("id").asText();
        List<Integer> statuses = race(
                8,
                i -> as("branch07")
                        .post(
                                "/api/tasks/" + task + "/complete",
                                "{\"findings\": [{\"clause\": \"1.1\", \"count\": " + (i + 1) + "}]}"));
        assertThat(statuses).as(statuses.toString()).containsOnly(204, 409);
        assertThat(statuses.stream().filter(s -> s == 204)).hasSize(1);
        JsonNode findings = q.assessment("branch07", id).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("selfCount").asInt()).isBetween(1, 8);

        // and the six departments' reviews, each raced by two requests
        q.await(
                "reviews open",
                () -> q.findTask("reviewer-union", "departmentReview", "B07").isPresent());
        List<String[]> reviews = new ArrayList<>();
        for (String dept : DEPARTMENTS) {
            String reviewer = "reviewer-" + dept;
            String reviewTask =
                    q.task(reviewer, "departmentReview", "B07").get("id").asText();
            reviews.add(new String[] {reviewer, reviewTask});
            reviews.add(new String[] {reviewer, reviewTask});
        }
        List<Integer> reviewed = race(
                reviews.size(),
                i -> as(reviews.get(i)[0])
                        .post("/api/tasks/" + reviews.get(i)[1] + "/complete", "{\"decision\": \"approve\"}"));
        assertThat(reviewed).as(reviewed.toString()).containsOnly(204, 409);
        assertThat(reviewed.stream().filter(s -> s == 204)).hasSize(6);
        q.await(
                "bonus declaration",
                () -> q.findTask("branch07", "bonusDeclaration", "B07").isPresent());
    }

    @Test
    void concurrentDraftsAreEachStoredOrRetried() throws Exception {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2057, \"quarter\": 2, \"branches\": [\"B08\"]}", 1);
        String task = q.task("branch08", "selfAssessment", "B08").get("id").asText();
        List<Integer> statuses = race(8, i -> {
            ApiClient client = as("branch08");
            return client.send(client.request("/api/tasks/" + task + "/draft")
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"findings\": [{\"clause\": \"1.1\", \"count\": " + (i + 1)
                                    + "}, {\"clause\": \"2.1\"}]}")));
        });
        assertThat(statuses).as(statuses.toString()).containsOnly(204);
        long id = q.assessmentId("branch08", "B08");
        assertThat(q.assessment("branch08", id).get("findings")).hasSize(2);
    }

    @Test
    void concurrentObjectionsAreAllStored() throws Exception {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2057, \"quarter\": 3, \"branches\": [\"B06\"]}", 1);
        long id = q.assessmentId("branch06", "B06");
        q.complete("branch06", "selfAssessment", "B06", "{\"findings\": []}");
        for (String dept : DEPARTMENTS) {
            q.complete("reviewer-" + dept, "departmentReview", "B06", "{\"decision\": \"approve\"}");
        }
        q.await(
                "bonus declaration",
                () -> q.findTask("branch06", "bonusDeclaration", "B06").isPresent());
        q.complete("branch06", "bonusDeclaration", "B06", "{\"bonuses\": []}");
        q.await(
                "confirmation",
                () -> q.findTask("leader", "leadershipConfirmation", "B06").isPresent());
        q.complete("leader", "leadershipConfirmation", "B06", "{\"decision\": \"approve\"}");
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");

        List<Integer> statuses = race(
                5,
                i -> as("branch06").post("/api/assessments/" + id + "/objections", "{\"reason\": \"异议 " + i + "\"}"));
        assertThat(statuses).as(statuses.toString()).containsOnly(201);
        JsonNode stored =
                as("leader").get("/api/cycles/" + q.cycleId() + "/objections").json();
        assertThat(stored).hasSize(5);
        q.await(
                "five answer tasks",
                () -> q.tasks("leader").stream()
                                .filter(t -> t.get("taskKey").asText().equals("objectionAnswer"))
                                .count()
                        == 5);
    }

    interface Call {
        ApiClient.Response send(int i) throws Exception;
    }

    /** Sends n requests released at the same instant and returns their statuses. */
    private static List<Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<ApiClient.Response> task = () -> {
                    start.await();
                    return call.send(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiClient.Response> f : futures) {
                ApiClient.Response r = f.get(120, TimeUnit.SECONDS);
                if (r.status() >= 500) {
                    throw new AssertionError("server fault in a race: " + r);
                }
                statuses.add(r.status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
