package com.kaoping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 item 6 (docs/benchmarks.md): with one cycle of N branches (default 2,000) whose self-assessments are all
 * submitted, so that every department has N open reviews, the p50/p95 of
 *
 * <ul>
 *   <li>{@code GET /api/tasks?size=50} as reviewer-org, against Camunda's own
 *       {@code GET /engine-rest/task?candidateGroup=deptORG&maxResults=50} (as admin) in the same run, at C concurrent
 *       clients (default 20), in alternating rounds;
 *   <li>{@code GET /api/cycles/{id}/dashboard} as leader at 5 concurrent clients;
 *   <li>then, with every review and bonus declaration completed, {@code GET /api/tasks?size=50} as leader (N open
 *       confirmations) against {@code candidateGroup=leaders} in the same way.
 * </ul>
 *
 * Every request authenticates with a personal API token (no password hash per request). Each kind of request is
 * sent for {@link #WARM_UP_SECONDS} (the dashboard a third of that) before its timed rounds. The tasks are completed
 * through Camunda's TaskService by 8 threads: the set-up, timed but not a target here.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.kaoping.bench.WorklistBenchmark [branches [clients [requests per client]]]</pre>
 */
public final class WorklistBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int ROUNDS = 3;
    /**
     * How long each kind of request is sent before its timed rounds, so that the JIT has compiled the paths timed, as
     * on a server that has been up for a while: on 2 cores the task list reaches its steady rate only after about a
     * minute and a half of load (100 requests, and then 2,000, were too few; docs/benchmarks.md).
     */
    private static final long WARM_UP_SECONDS = 90;

    private final HttpClient http = HttpClient.newBuilder().build();
    private final String base;

    private WorklistBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int branches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        ConfigurableApplicationContext app = BenchApplication.start(List.of(
                // bench branches have no users: one "No one to notify" warning per task otherwise
                "--logging.level.com.kaoping.notification=ERROR"));
        int exit = 0;
        try {
            System.out.println("load average at start: " + Machine.load());
            WorklistBenchmark bench = new WorklistBenchmark(BenchApplication.baseUrl(app));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TaskService tasks = app.getBean(TaskService.class);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 1; i <= branches; i++) {
                String code = String.format(Locale.ROOT, "S%04d", i);
                rows.add(new Object[] {code, "基准党总支" + code});
            }
            jdbc.batchUpdate("INSERT INTO kp_branch (code, name, active) VALUES (?, ?, TRUE)", rows);

            long start = System.nanoTime();
            String cycle = bench.openCycle(branches);
            await(
                    () -> tasks.createTaskQuery()
                                    .taskDefinitionKey("selfAssessment")
                                    .count()
                            >= branches,
                    "opening");
            System.out.printf(
                    Locale.ROOT, "cycle %s opened for %d branches in %.1f s%n", cycle, branches, since(start));

            start = System.nanoTime();
            int completed = advance(tasks, "selfAssessment", "departmentReview", 6L * branches);
            System.out.printf(
                    Locale.ROOT,
                    "set-up: %d self-assessments completed (TaskService, 8 threads) in %.1f s: %.1f/s%n",
                    completed,
                    since(start),
                    completed / since(start));

            String reviewer = bench.token("reviewer-org");
            String leader = bench.token("leader");
            String admin = bench.token("admin");
            String kaoping = "/api/tasks?size=50";
            String dashboard = "/api/cycles/" + cycle + "/dashboard";
            bench.compare("reviewer", kaoping, reviewer, "deptORG", admin, branches, clients, requests);
            bench.warmUp(dashboard, leader, 5, WARM_UP_SECONDS / 3);
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.printf(
                        Locale.ROOT,
                        "RESULT round %d dashboard (%d branches) %s (target: p95 <= 200 ms at 5 clients)%n",
                        round,
                        branches,
                        bench.measure(dashboard, leader, 5, Math.max(5, requests / 2)));
            }

            // the leadership group's list: every review and bonus declaration completed, N confirmations open
            start = System.nanoTime();
            int done = advance(tasks, "departmentReview", "bonusDeclaration", branches);
            done += advance(tasks, "bonusDeclaration", "leadershipConfirmation", branches);
            System.out.printf(
                    Locale.ROOT,
                    "set-up: %d reviews and bonus declarations completed (TaskService, 8 threads) in %.1f s%n",
                    done,
                    since(start));
            bench.compare("leadership group", kaoping, leader, "leaders", admin, branches, clients, requests);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    "heap used %d MB of max %d MB; load average at end: %s%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, Machine.load());
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    /**
     * {@code GET /api/tasks?size=50} as {@code who} (token {@code token}) against Camunda's own query for the same
     * candidate group as admin, in alternating rounds after a warm-up of each.
     */
    private void compare(
            String who, String kaoping, String token, String group, String admin, int open, int clients, int requests)
            throws Exception {
        String camunda = "/engine-rest/task?candidateGroup=" + group + "&maxResults=50";
        warmUp(kaoping, token, clients, WARM_UP_SECONDS);
        warmUp(camunda, admin, clients, WARM_UP_SECONDS / 3);
        for (int round = 1; round <= ROUNDS; round++) {
            Latencies ours = measure(kaoping, token, clients, requests);
            Latencies theirs = measure(camunda, admin, clients, requests);
            System.out.printf(
                    Locale.ROOT,
                    "RESULT round %d tasks (%s, %d open) %s | engine-rest %s | p95 ratio %.2f"
                            + " (target: p95 <= 50 ms and <= 1.5 x engine-rest)%n",
                    round,
                    who,
                    open,
                    ours,
                    theirs,
                    ours.p95() / theirs.p95());
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Optional<String> ours = Wrk.get(base + kaoping, token, clients, 10);
            if (ours.isEmpty()) {
                System.out.println("wrk is not installed (apt-get install wrk): no measurement from outside the JVM");
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "RESULT round %d tasks (%s, %d open) from wrk %s | engine-rest from wrk %s%n",
                    round,
                    who,
                    open,
                    ours.get(),
                    Wrk.get(base + camunda, admin, clients, 10).orElseThrow());
        }
    }

    /**
     * Completes every open {@code from} task (8 threads) and waits until {@code expected} {@code to} tasks are open:
     * one step of the set-up. How many were completed.
     */
    private static int advance(TaskService tasks, String from, String to, long expected) throws Exception {
        int completed = completeAll(
                tasks, tasks.createTaskQuery().taskDefinitionKey(from).list(), 8);
        await(() -> tasks.createTaskQuery().taskDefinitionKey(to).count() >= expected, to);
        return completed;
    }

    /**
     * Completes the tasks through the engine on {@code threads} threads, each process instance's tasks on one thread
     * (an assessment's six reviews end one multi-instance scope: completed at once, they conflict); how many.
     */
    private static int completeAll(TaskService tasks, List<Task> open, int threads) throws Exception {
        List<List<Task>> byProcess = new ArrayList<>(open.stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId, LinkedHashMap::new, Collectors.toList()))
                .values());
        Latencies.timed(threads, byProcess.size(), i -> byProcess.get(i).forEach(t -> tasks.complete(t.getId())));
        return open.size();
    }

    private String openCycle(int branches) throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int i = 1; i <= branches; i++) {
            codes.append(i == 1 ? "\"" : ", \"")
                    .append(String.format(Locale.ROOT, "S%04d", i))
                    .append('"');
        }
        HttpResponse<String> response = http.send(
                basic("/api/cycles", "admin")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"year\": 2086, \"quarter\": 1, \"branches\": [" + codes + "]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("POST /api/cycles: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    /** A personal API token of the demo user (one password check, here). */
    private String token(String user) throws Exception {
        HttpResponse<String> response = http.send(
                basic("/api/me/tokens", user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("POST /api/me/tokens: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private HttpRequest.Builder basic(String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** {@link #measure} again and again for {@code seconds}, untimed. */
    private void warmUp(String path, String token, int clients, long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            measure(path, token, clients, 5);
        }
    }

    /** {@code clients} threads, each sending {@code requests} GETs one after another; latencies of them all. */
    private Latencies measure(String path, String token, int clients, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return Latencies.timed(clients, clients * requests, i -> {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
        });
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
