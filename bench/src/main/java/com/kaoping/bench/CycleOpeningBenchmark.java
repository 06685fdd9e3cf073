package com.kaoping.bench;

import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Issue 3 item 11: opening a cycle for N branches (default 2,000) on MariaDB, timed until every first task
 * ({@code selfAssessment}) exists, against a bare single-threaded loop of {@code startProcessInstanceByKey("assessment")}
 * doing the same work on the same engine and database. Not a test: run it by hand (see docs/benchmarks.md).
 *
 * <pre>java -cp bench/target/benchmarks.jar com.kaoping.bench.CycleOpeningBenchmark [branches [warm-up branches [--spring.property=value…]]]</pre>
 */
public final class CycleOpeningBenchmark {

    private static final String FIRST_TASK = "selfAssessment";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final int YEAR = 2040;

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private int nextQuarter = 1;
    private int nextYear = YEAR;

    private CycleOpeningBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.runtime = app.getBean(RuntimeService.class);
        this.tasks = app.getBean(TaskService.class);
        this.history = app.getBean(HistoryService.class);
        this.base = BenchApplication.baseUrl(app);
    }

    public static void main(String[] args) throws Exception {
        int branches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;

        long boot = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of(
                // bench branches have no users: one "No one to notify" warning per task otherwise
                "--logging.level.com.kaoping.notification=ERROR"));
        // further arguments, e.g. --camunda.bpm.job-execution.max-pool-size=4, for trying settings
        arguments.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
        ConfigurableApplicationContext app = BenchApplication.start(arguments);
        int exit = 0;
        try {
            System.out.printf("application started in %.1f s%n", seconds(System.nanoTime() - boot));
            CycleOpeningBenchmark bench = new CycleOpeningBenchmark(app);
            BenchCycles.insertBranches(bench.jdbc, "W", warmUp);
            BenchCycles.insertBranches(bench.jdbc, "B", branches);

            System.out.printf("warm-up: %d branches%n", warmUp);
            bench.openCycle(BenchCycles.codes("W", warmUp));
            bench.bareLoop(BenchCycles.codes("W", warmUp));

            System.out.printf("measured: %d branches%n", branches);
            long cycle = bench.openCycle(BenchCycles.codes("B", branches));
            bench.reportFailedJobs();
            long bare = bench.bareLoop(BenchCycles.codes("B", branches));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT branches=%d cycle=%.1fs bare=%.1fs ratio=%.2f (target: cycle < 60 s, ratio <= 1.5)%n",
                    branches,
                    seconds(cycle),
                    seconds(bare),
                    (double) cycle / bare);
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    /** Failed job executions so far (each one a rollback and a retry), by exception message, and open incidents. */
    private void reportFailedJobs() {
        java.util.Map<String, Long> failures = new java.util.TreeMap<>();
        for (HistoricJobLog log :
                history.createHistoricJobLogQuery().failureLog().list()) {
            String message = String.valueOf(log.getJobExceptionMessage());
            failures.merge(message.length() > 120 ? message.substring(0, 120) + "…" : message, 1L, Long::sum);
        }
        System.out.printf(
                "  failed job executions: %d %s; open incidents: %d%n",
                failures.values().stream().mapToLong(Long::longValue).sum(),
                failures,
                runtime.createIncidentQuery().count());
    }

    /** POST /api/cycles as admin for these branches; nanoseconds until each has its first task. */
    private long openCycle(List<String> codes) throws Exception {
        long before = firstTasks();
        long start = System.nanoTime();
        long id = BenchCycles.openCycle(http, base, nextYear, quarter(), codes);
        long posted = System.nanoTime();
        System.out.printf("  cycle %d: POST answered in %.2f s%n", id, seconds(posted - start));
        long elapsed = awaitFirstTasks(before + codes.size(), start);
        System.out.printf(
                "  cycle opening: %.1f s (%.1f branches/s)%n", seconds(elapsed), codes.size() / seconds(elapsed));
        return elapsed;
    }

    /**
     * What the cycle's batch jobs do per branch, as a bare loop on one thread: one {@code assessment} instance with the
     * business key and variables the cycle model passes, for a second cycle row inserted here (registerAssessment
     * needs a cycle and a unique (cycle, branch)). Nanoseconds until every first task exists.
     */
    private long bareLoop(List<String> codes) {
        long cycleId = insertCycleRow(codes);
        Instant self = Instant.now().plus(14, ChronoUnit.DAYS);
        VariableMap common = Variables.createVariables()
                .putValue("cycleId", cycleId)
                .putValue("selfAssessmentDue", Date.from(self))
                .putValue("reviewDue", Date.from(self.plus(7, ChronoUnit.DAYS)))
                .putValue("bonusDue", Date.from(self.plus(14, ChronoUnit.DAYS)))
                .putValue("confirmationDue", Date.from(self.plus(21, ChronoUnit.DAYS)));
        long before = firstTasks();
        long start = System.nanoTime();
        for (String code : codes) {
            VariableMap variables = Variables.createVariables();
            variables.putAll(common);
            variables.putValue("branchCode", code);
            runtime.startProcessInstanceByKey("assessment", cycleId + "-" + code, variables);
        }
        long elapsed = awaitFirstTasks(before + codes.size(), start);
        System.out.printf(
                "  bare loop: %.1f s (%.1f instances/s)%n", seconds(elapsed), codes.size() / seconds(elapsed));
        return elapsed;
    }

    /** A RUNNING kp_cycle row with its kp_cycle_branch rows, as CycleService writes them, but without a process. */
    private long insertCycleRow(List<String> codes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int year = nextYear;
        int quarter = quarter();
        Timestamp due = Timestamp.from(Instant.now().plus(14, ChronoUnit.DAYS));
        jdbc.update(
                c -> {
                    var s = c.prepareStatement(
                            "INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version, status,"
                                    + " self_assessment_due, publicity_period, created_by)"
                                    + " SELECT ?, ?, code, version, 'RUNNING', ?, 'P5D', 'bench' FROM kp_standard WHERE active = TRUE LIMIT 1",
                            new String[] {"id"});
                    s.setInt(1, year);
                    s.setInt(2, quarter);
                    s.setTimestamp(3, due);
                    return s;
                },
                key);
        long cycleId = key.getKey().longValue();
        List<Object[]> rows =
                codes.stream().map(code -> new Object[] {cycleId, code}).toList();
        jdbc.batchUpdate("INSERT INTO kp_cycle_branch (cycle_id, branch_code) VALUES (?, ?)", rows);
        return cycleId;
    }

    private int quarter() {
        int q = nextQuarter++;
        if (nextQuarter > 4) {
            nextQuarter = 1;
            nextYear++;
        }
        return q;
    }

    private long firstTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(FIRST_TASK).count();
    }

    /** Polls every 100 ms until there are {@code target} first tasks; nanoseconds since {@code start}. */
    private long awaitFirstTasks(long target, long start) {
        long lastReport = start;
        while (true) {
            long count = firstTasks();
            long now = System.nanoTime();
            if (count >= target) {
                return now - start;
            }
            if (now - start > TIMEOUT.toNanos()) {
                throw new IllegalStateException("Only " + count + " of " + target + " first tasks after " + TIMEOUT);
            }
            if (now - lastReport > Duration.ofSeconds(5).toNanos()) {
                System.out.printf("    %.0f s: %d of %d first tasks%n", seconds(now - start), count, target);
                lastReport = now;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double seconds(long nanos) {
        return BenchCycles.seconds(nanos);
    }
}
