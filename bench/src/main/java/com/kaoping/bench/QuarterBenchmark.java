package com.kaoping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 item 6 (docs/benchmarks.md, "A whole quarter through the API"): a cycle of N branches (default 1,000)
 * driven to publication through the HTTP API by W workers (default 8), as scripts would drive it: every branch's
 * self-assessment (one finding) and bonus declaration, every department's review (approve), the bonus endorsement,
 * the leadership group's confirmation, the publication. Each branch has a user of its own; every request carries a
 * personal API token. Prints completions per second and p50/p95 per task kind, the total time, the heap at the end
 * and the bytes (data and indexes, after ANALYZE TABLE) of Camunda's history and of Kaoping's tables per assessment.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.kaoping.bench.QuarterBenchmark [branches [workers]]</pre>
 */
public final class QuarterBenchmark {

    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().build();
    private final String base;
    private final int workers;

    private QuarterBenchmark(String base, int workers) {
        this.base = base;
        this.workers = workers;
    }

    public static void main(String[] args) throws Exception {
        int branches = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ConfigurableApplicationContext app = BenchApplication.start(List.of());
        int exit = 0;
        try {
            System.out.println("load average at start: " + Machine.load());
            QuarterBenchmark bench = new QuarterBenchmark(BenchApplication.baseUrl(app), workers);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> codes = BenchCycles.codes("Q", branches);
            BenchCycles.insertBranches(jdbc, "Q", branches);
            List<String> branchTokens = new ArrayList<>();
            for (String code : codes) {
                String user = "bq-" + code;
                jdbc.update(
                        "INSERT INTO kp_user (username, password_hash, display_name, role, branch_code)"
                                + " VALUES (?, '{noop}-', ?, 'BRANCH', ?)",
                        user,
                        "书记" + code,
                        code);
                branchTokens.add(token(jdbc, user));
            }
            List<String> reviewerTokens = new ArrayList<>();
            for (String reviewer :
                    jdbc.queryForList("SELECT username FROM kp_user WHERE role = 'REVIEWER'", String.class)) {
                reviewerTokens.add(token(jdbc, reviewer));
            }
            List<String> leader = List.of(token(jdbc, "leader"));

            long start = System.nanoTime();
            long cycle = BenchCycles.openCycle(bench.http, bench.base, 2087, 1, codes);
            bench.await("selfAssessment", branchTokens, branches);
            System.out.printf(
                    Locale.ROOT,
                    "cycle %d opened for %d branches in %.1f s%n",
                    cycle,
                    branches,
                    BenchCycles.seconds(System.nanoTime() - start));

            long quarter = System.nanoTime();
            Map<String, Latencies> kinds = new LinkedHashMap<>();
            kinds.put(
                    "selfAssessment",
                    bench.phase(
                            "selfAssessment",
                            branchTokens,
                            branches,
                            "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"bench\"}],"
                                    + " \"comment\": \"bench\"}"));
            kinds.put(
                    "departmentReview",
                    bench.phase("departmentReview", reviewerTokens, 6 * branches, "{\"decision\": \"approve\"}"));
            kinds.put(
                    "bonusDeclaration",
                    bench.phase(
                            "bonusDeclaration",
                            branchTokens,
                            branches,
                            "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0.5,"
                                    + " \"note\": \"bench\"}]}"));
            kinds.put(
                    "bonusEndorsement",
                    bench.phase("bonusEndorsement", reviewerTokens, branches, "{\"decision\": \"approve\"}"));
            kinds.put(
                    "leadershipConfirmation",
                    bench.phase("leadershipConfirmation", leader, branches, "{\"decision\": \"approve\"}"));
            kinds.put("publication", bench.phase("publication", leader, 1, "{}"));
            double total = BenchCycles.seconds(System.nanoTime() - quarter);
            kinds.forEach((kind, stats) -> System.out.printf(Locale.ROOT, "RESULT %s %s%n", kind, stats));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT quarter: %d branches, %d workers, %.1f s from the first self-assessment to publication"
                            + " (target <= 600 s; self-assessments >= 15/s)%n",
                    branches,
                    workers,
                    total);
            Runtime rt = Runtime.getRuntime();
            long before = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.gc();
            System.out.printf(
                    "heap used at the end %d MB (%d MB after a full GC) of max %d MB; load average: %s%n",
                    before, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, Machine.load());
            TableSizes.print(jdbc, branches);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    /**
     * Waits until the tokens' users see {@code expected} open tasks of {@code taskKey} in all, then completes them on
     * the workers; latencies of the completions.
     */
    private Latencies phase(String taskKey, List<String> tokens, int expected, String body) throws Exception {
        List<String[]> work = await(taskKey, tokens, expected);
        HttpRequest.BodyPublisher json = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return Latencies.timed(workers, work.size(), i -> {
            String[] task = work.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tasks/" + task[1] + "/complete"))
                    .header("Authorization", "Bearer " + task[0])
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(json)
                    .build();
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 204 && response.statusCode() != 200) {
                throw new IllegalStateException(
                        taskKey + " " + task[1] + ": " + response.statusCode() + " " + response.body());
            }
        });
    }

    /** Every open task of this kind that the tokens' users see, as (token, task id), once there are as many as expected. */
    private List<String[]> await(String taskKey, List<String> tokens, int expected) throws Exception {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (true) {
            List<String[]> found = new ArrayList<>();
            for (String token : tokens) {
                for (int page = 0; ; page++) {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            base + "/api/tasks?taskKey=" + taskKey + "&size=" + PAGE + "&page=" + page))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "GET /api/tasks: " + response.statusCode() + " " + response.body());
                    }
                    Matcher id = TASK_ID.matcher(response.body());
                    int n = 0;
                    while (id.find()) {
                        found.add(new String[] {token, id.group(1)});
                        n++;
                    }
                    if (n < PAGE) {
                        break;
                    }
                }
            }
            if (found.size() >= expected) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "timed out waiting for " + expected + " " + taskKey + " tasks (" + found.size() + " open)");
            }
            Thread.sleep(500);
        }
    }

    /** A personal API token of the user, written straight into kp_api_token as the token service stores one. */
    private static String token(JdbcTemplate jdbc, String user) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "kpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        jdbc.update(
                "INSERT INTO kp_api_token (username, name, token_hash, token_prefix) VALUES (?, 'bench', ?, ?)",
                user,
                hash,
                token.substring(0, 8));
        return token;
    }
}
