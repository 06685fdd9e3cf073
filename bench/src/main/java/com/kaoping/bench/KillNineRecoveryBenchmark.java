package com.kaoping.bench;

import com.kaoping.support.MariaDbTestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 8 items 4 and 8: kill -9 of the application while a cycle for N branches (default 2,000) is opening, restart
 * on the same MariaDB database, time until the opening resumes and completes, then check that nothing was lost or
 * done twice. The application is the exec jar ({@code backend/target/kaoping-backend-*-exec.jar}) started as a
 * separate OS process with the {@code mysql} profile; this harness only talks HTTP and SQL to it. Not a test: run it
 * by hand (docs/benchmarks.md, docs/reliability.md). Exits 1 when an assertion fails.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.kaoping.bench.KillNineRecoveryBenchmark [branches [kill-at
 *     [second-kill-after]]] [--spring.property=value…]</pre>
 *
 * <ul>
 *   <li>branches: default 2000;
 *   <li>kill-at: the first node is killed once this many assessments exist (default a quarter of the branches);
 *   <li>second-kill-after: the restarted node is killed too once it has opened this many more (default 200; 0: no
 *       second kill), and a third node finishes.
 * </ul>
 *
 * System properties: {@code kill9.jar} (default: the one exec jar under backend/target), {@code kill9.jvm} (the
 * application's JVM options, default {@code -Xmx1g}), {@code kill9.resume-target-seconds} (default 60: the longest
 * allowed time from a restarted node being ready until it opens the next branch).
 */
public final class KillNineRecoveryBenchmark {

    private static final String FIRST_TASK = "selfAssessment";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration OPENING_TIMEOUT = Duration.ofMinutes(15);
    private static final int YEAR = 2050;

    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> appArguments;
    private final int port;
    private final Path logDir;
    private final JdbcTemplate jdbc;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> failures = new ArrayList<>();
    private Process node;
    private int nodes;
    private final LockWatch locks = new LockWatch();

    private KillNineRecoveryBenchmark(
            Path jar, List<String> jvmOptions, List<String> appArguments, int port, Path logDir, JdbcTemplate jdbc) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
        this.appArguments = appArguments;
        this.port = port;
        this.logDir = logDir;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        int branches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int killAt = args.length > 1 ? Integer.parseInt(args[1]) : branches / 4;
        int secondKillAfter = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        double resumeTarget = Double.parseDouble(System.getProperty("kill9.resume-target-seconds", "60"));
        if (killAt < 1 || killAt >= branches || secondKillAfter < 0 || killAt + secondKillAfter >= branches) {
            throw new IllegalArgumentException("need 1 <= kill-at, kill-at + second-kill-after < branches");
        }

        MariaDbTestDatabase db = MariaDbTestDatabase.createFresh(
                "kill9_" + ProcessHandle.current().pid());
        List<String> appArguments = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--kaoping.demo-data=true",
                "--logging.level.root=WARN",
                // bench branches have no users: one "No one to notify" warning per task otherwise
                "--logging.level.com.kaoping.notification=ERROR"));
        appArguments.addAll(List.of(args).subList(Math.min(3, args.length), args.length));
        Path logDir = Files.createDirectories(Path.of("bench", "target", "kill9"));
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(db.url(), db.username(), db.password(), true);
        KillNineRecoveryBenchmark bench = new KillNineRecoveryBenchmark(
                findJar(),
                List.of(System.getProperty("kill9.jvm", "-Xmx1g").trim().split("\\s+")),
                appArguments,
                freePort(),
                logDir,
                new JdbcTemplate(dataSource));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::killQuietly));
        int exit;
        try {
            System.out.printf(
                    Locale.ROOT,
                    "kill -9 recovery: %d branches, kill at %d, second kill after %d more; database %s; load %s%n",
                    branches,
                    killAt,
                    secondKillAfter,
                    db.name(),
                    load());
            bench.run(branches, killAt, secondKillAfter, resumeTarget);
            exit = bench.failures.isEmpty() ? 0 : 1;
            bench.failures.forEach(f -> System.out.println("FAILED " + f));
            System.out.println(exit == 0 ? "ALL CHECKS PASSED" : bench.failures.size() + " CHECK(S) FAILED");
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            bench.killQuietly();
            dataSource.destroy();
        }
        System.exit(exit);
    }

    private void run(int branches, int killAt, int secondKillAfter, double resumeTarget) throws Exception {
        long boot = System.nanoTime();
        start();
        System.out.printf(Locale.ROOT, "node 1 ready in %.1f s%n", seconds(System.nanoTime() - boot));
        BenchCycles.insertBranches(jdbc, "K", branches);
        long posted = System.nanoTime();
        long cycleId = BenchCycles.openCycle(http, base(), YEAR, 1, BenchCycles.codes("K", branches));
        System.out.printf(
                Locale.ROOT, "cycle %d: POST answered in %.2f s%n", cycleId, seconds(System.nanoTime() - posted));
        locks.cycleInstance = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_ AND BUSINESS_KEY_ = ?",
                String.class,
                String.valueOf(cycleId));
        awaitAssessments(cycleId, killAt, posted);
        Kill first = kill(cycleId, branches);
        System.out.printf(
                Locale.ROOT,
                "node 1 opened %d branches in %.1f s before the kill (%.1f branches/s)%n",
                first.assessments,
                seconds(first.at - posted),
                first.assessments / seconds(first.at - posted));

        List<Resumption> resumptions = new ArrayList<>();
        Kill last = first;
        if (secondKillAfter > 0) {
            Resumption second = restart(cycleId, last, last.assessments + secondKillAfter);
            resumptions.add(second);
            last = kill(cycleId, branches);
            second.finish(last.at, last.assessments);
        }
        Resumption finalNode = restart(cycleId, last, branches);
        resumptions.add(finalNode);
        finalNode.finish(System.nanoTime(), assessments(cycleId));
        awaitTasks(cycleId, branches);

        for (Resumption r : resumptions) {
            System.out.println(r);
            if (r.readyToFirst() > resumeTarget) {
                failures.add(String.format(
                        Locale.ROOT,
                        "node %d resumed %.1f s after it was ready (target %.0f s)",
                        r.node,
                        r.readyToFirst(),
                        resumeTarget));
            }
        }
        System.out.println(locks);
        check(cycleId, branches);
        StringBuilder result = new StringBuilder(String.format(
                Locale.ROOT,
                "RESULT branches=%d killedAt=%d firstNode=%.1fbranches/s",
                branches,
                first.assessments,
                first.assessments / seconds(first.at - posted)));
        for (Resumption r : resumptions) {
            result.append(String.format(
                    Locale.ROOT,
                    " | node%d: killToReady=%.1fs readyToResume=%.1fs killToResume=%.1fs opened=%d rate=%.1fbranches/s",
                    r.node,
                    r.killToReady(),
                    r.readyToFirst(),
                    r.killToFirst(),
                    r.opened(),
                    r.rate()));
        }
        result.append(String.format(
                Locale.ROOT,
                " | lastKillToAll=%.1fs lastReadyToAll=%.1fs longestJobHeld=%.1fs locksRunOut=%d reacquired=%d"
                        + " load=%s checks=%s",
                seconds(finalNode.end - last.at),
                seconds(finalNode.end - finalNode.ready),
                seconds(locks.longestHeld),
                locks.expiredWhileHeld,
                locks.reacquiredWhileHeld,
                load(),
                failures.isEmpty() ? "passed" : "FAILED"));
        System.out.println(result);
    }

    /**
     * Watches the cycle's jobs (the batch jobs) in ACT_RU_JOB at every poll: how long a living node holds one (first
     * seen locked until gone: queue wait and execution), whether its lock ran out before it was done, and whether it
     * was acquired again meanwhile (then two executions of one batch race). Locks of killed nodes are left out.
     */
    private final class LockWatch {
        final java.util.Set<String> deadOwners = new java.util.HashSet<>();
        final java.util.Map<String, Held> held = new java.util.HashMap<>();
        String cycleInstance;
        long longestHeld;
        int expiredWhileHeld;
        int reacquiredWhileHeld;
        double longestOverrun;

        final class Held {
            final String owner;
            final Timestamp expiry;
            final long since;
            long lastSeen;
            boolean ranOut;

            Held(String owner, Timestamp expiry, long since) {
                this.owner = owner;
                this.expiry = expiry;
                this.since = since;
                this.lastSeen = since;
            }
        }

        void poll() {
            if (cycleInstance == null) {
                return;
            }
            Instant now = Instant.now();
            long t = System.nanoTime();
            java.util.Set<String> present = new java.util.HashSet<>();
            jdbc.query(
                    "SELECT ID_, LOCK_OWNER_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ?",
                    row -> {
                        String id = row.getString(1);
                        String owner = row.getString(2);
                        Timestamp expiry = row.getTimestamp(3);
                        present.add(id);
                        Held before = held.get(id);
                        if (owner == null) {
                            held.remove(id); // unlocked again (a failure): the next lock is a new one
                            return;
                        }
                        if (before == null || !before.owner.equals(owner) || !before.expiry.equals(expiry)) {
                            if (before != null && !deadOwners.contains(before.owner)) {
                                reacquiredWhileHeld++;
                                System.out.printf(
                                        "  job %s acquired again (by %s) while %s, alive, still held it%n",
                                        id, owner, before.owner);
                            }
                            before = new Held(owner, expiry, t);
                            held.put(id, before);
                        }
                        before.lastSeen = t;
                        if (!deadOwners.contains(owner) && expiry.toInstant().isBefore(now)) {
                            if (!before.ranOut) {
                                expiredWhileHeld++;
                                System.out.printf("  job %s: its lock ran out while %s still held it%n", id, owner);
                            }
                            before.ranOut = true;
                            longestOverrun = Math.max(
                                    longestOverrun,
                                    Duration.between(expiry.toInstant(), now).toMillis() / 1000.0);
                        }
                    },
                    cycleInstance);
            held.entrySet().removeIf(entry -> {
                if (present.contains(entry.getKey())) {
                    return false;
                }
                if (!deadOwners.contains(entry.getValue().owner)) {
                    longestHeld = Math.max(longestHeld, entry.getValue().lastSeen - entry.getValue().since);
                }
                return true;
            });
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "cycle's jobs: longest held by a living node %.1f s (acquisition to completion, 100 ms polls);"
                            + " locks run out while held: %d (longest overrun %.1f s); acquired again while held: %d",
                    seconds(longestHeld),
                    expiredWhileHeld,
                    longestOverrun,
                    reacquiredWhileHeld);
        }
    }

    /** A node killed with {@code kill -9}: when, and how many assessments were committed by then. */
    private record Kill(long at, int assessments) {}

    /** One restarted node: from the kill before it, through its readiness and first opened branch, to its end. */
    private static final class Resumption {
        final int node;
        final long killed;
        final int atKill;
        final long ready;
        final long first;
        long end;
        int atEnd;

        Resumption(int node, long killed, int atKill, long ready, long first) {
            this.node = node;
            this.killed = killed;
            this.atKill = atKill;
            this.ready = ready;
            this.first = first;
        }

        void finish(long end, int atEnd) {
            this.end = end;
            this.atEnd = atEnd;
        }

        double killToReady() {
            return seconds(ready - killed);
        }

        double readyToFirst() {
            return seconds(first - ready);
        }

        double killToFirst() {
            return seconds(first - killed);
        }

        int opened() {
            return atEnd - atKill;
        }

        /** Branches per second from its first opened branch to its end (all opened, or its own kill). */
        double rate() {
            return opened() / seconds(end - first);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "node %d: ready %.1f s after the kill, opened the next branch %.1f s after it was ready (%.1f s"
                            + " after the kill); opened %d branches in %.1f s (%.1f branches/s)",
                    node,
                    killToReady(),
                    readyToFirst(),
                    killToFirst(),
                    opened(),
                    seconds(end - first),
                    rate());
        }
    }

    /** Starts the next node on the same database and port; returns when its readiness probe answers UP. */
    private void start() throws Exception {
        nodes++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(appArguments);
        File log = logDir.resolve("node-" + nodes + ".log").toFile();
        node = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        System.out.printf("node %d: pid %d, log %s%n", nodes, node.pid(), log);
        long start = System.nanoTime();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            if (!node.isAlive()) {
                throw new IllegalStateException("node " + nodes + " exited with " + node.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > READY_TIMEOUT.toNanos()) {
                throw new IllegalStateException("node " + nodes + " not ready after " + READY_TIMEOUT);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** kill -9 of the running node (destroyForcibly is SIGKILL on Linux); what it left behind. */
    private Kill kill(long cycleId, int branches) throws InterruptedException {
        node.destroyForcibly();
        long at = System.nanoTime();
        int exit = node.waitFor();
        // its open transactions end with its connections: what is counted now was committed
        int committed = assessments(cycleId);
        System.out.printf(
                Locale.ROOT, "node %d killed (exit %d) with %d of %d assessments%n", nodes, exit, committed, branches);
        if (exit != 137) {
            failures.add("node " + nodes + " exited with " + exit + ", not 137 (SIGKILL)");
        }
        if (committed >= branches) {
            failures.add("node " + nodes + " was killed after the opening had finished: nothing was tried");
        }
        Instant now = Instant.now();
        jdbc.query(
                "SELECT ID_, LOCK_OWNER_, LOCK_EXP_TIME_, EXCLUSIVE_, HANDLER_TYPE_, PROCESS_INSTANCE_ID_"
                        + " FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL",
                row -> {
                    locks.deadOwners.add(row.getString("LOCK_OWNER_"));
                    System.out.printf(
                            Locale.ROOT,
                            "  left locked: job %s (%s%s, exclusive %s, owner %s), lock expires in %.1f s%n",
                            row.getString("ID_"),
                            row.getString("HANDLER_TYPE_"),
                            locks.cycleInstance.equals(row.getString("PROCESS_INSTANCE_ID_")) ? " of the cycle" : "",
                            row.getBoolean("EXCLUSIVE_"),
                            row.getString("LOCK_OWNER_"),
                            Duration.between(
                                                    now,
                                                    row.getTimestamp("LOCK_EXP_TIME_")
                                                            .toInstant())
                                            .toMillis()
                                    / 1000.0);
                });
        return new Kill(at, committed);
    }

    /** Starts the next node after a kill and waits until it has opened {@code until} branches (or all). */
    private Resumption restart(long cycleId, Kill kill, int until) throws Exception {
        start();
        long ready = System.nanoTime();
        int atReady = assessments(cycleId);
        System.out.printf(
                Locale.ROOT,
                "node %d ready %.1f s after the kill, %d assessments%n",
                nodes,
                seconds(ready - kill.at),
                atReady);
        long first = atReady > kill.assessments ? ready : awaitAssessments(cycleId, kill.assessments + 1, ready);
        Resumption resumption = new Resumption(nodes, kill.at, kill.assessments, ready, first);
        awaitAssessments(cycleId, until, first);
        return resumption;
    }

    /** Polls every 100 ms until the cycle has {@code target} kp_assessment rows; the time then (nanoTime). */
    private long awaitAssessments(long cycleId, int target, long since) throws InterruptedException {
        long lastReport = System.nanoTime();
        while (true) {
            locks.poll();
            int count = assessments(cycleId);
            long now = System.nanoTime();
            if (count >= target) {
                return now;
            }
            if (!node.isAlive()) {
                throw new IllegalStateException("node " + nodes + " died with " + count + " assessments");
            }
            if (now - since > OPENING_TIMEOUT.toNanos()) {
                throw new IllegalStateException("only " + count + " of " + target + " assessments after "
                        + OPENING_TIMEOUT + " (node " + nodes + ")");
            }
            if (now - lastReport > Duration.ofSeconds(5).toNanos()) {
                System.out.printf(
                        Locale.ROOT, "    %.0f s: %d of %d assessments%n", seconds(now - since), count, target);
                lastReport = now;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The tasks are created in the assessments' transactions; waits a little in case they are not. */
    private void awaitTasks(long cycleId, int branches) throws InterruptedException {
        long start = System.nanoTime();
        while (selfAssessmentTasks(cycleId) < branches
                && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(POLL.toMillis());
        }
    }

    private int assessments(long cycleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycleId);
    }

    private int selfAssessmentTasks(long cycleId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_"
                        + " WHERE t.TASK_DEF_KEY_ = ? AND p.BUSINESS_KEY_ LIKE ?",
                Integer.class,
                FIRST_TASK,
                cycleId + "-%");
    }

    /** Exactly one of everything per branch, nothing failed; each miss is recorded in {@link #failures}. */
    private void check(long cycleId, int branches) {
        String keys = cycleId + "-%";
        expect(
                "kp_assessment rows of the cycle",
                branches,
                jdbc.queryForObject("SELECT COUNT(*) FROM kp_assessment WHERE cycle_id = ?", Integer.class, cycleId));
        expect(
                "branches of the cycle without exactly one kp_assessment",
                0,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_cycle_branch b WHERE b.cycle_id = ? AND (SELECT COUNT(*) FROM"
                                + " kp_assessment a WHERE a.cycle_id = b.cycle_id AND a.branch_code = b.branch_code) <> 1",
                        Integer.class,
                        cycleId));
        expect(
                "branches of the cycle (kp_cycle_branch)",
                branches,
                jdbc.queryForObject("SELECT COUNT(*) FROM kp_cycle_branch WHERE cycle_id = ?", Integer.class, cycleId));
        expect("open selfAssessment tasks (ACT_RU_TASK) of the cycle", branches, selfAssessmentTasks(cycleId));
        expect(
                "assessments without exactly one open selfAssessment task of their own process instance",
                0,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_assessment a WHERE a.cycle_id = ? AND (SELECT COUNT(*) FROM"
                                + " ACT_RU_TASK t WHERE t.PROC_INST_ID_ = a.process_instance_id AND t.TASK_DEF_KEY_ = ?) <> 1",
                        Integer.class,
                        cycleId,
                        FIRST_TASK));
        expect(
                "business keys with more than one assessment process instance (ACT_HI_PROCINST)",
                0,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?"
                                + " GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) d",
                        Integer.class,
                        keys));
        expect(
                "running assessment process instances (ACT_RU_EXECUTION)",
                branches,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_ AND BUSINESS_KEY_ LIKE ?",
                        Integer.class,
                        keys));
        expect(
                "failed jobs (ACT_RU_JOB RETRIES_ = 0)",
                0,
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0", Integer.class));
        expect(
                "open incidents (ACT_RU_INCIDENT)",
                0,
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class));
        // the cycle's own instance has finished opening: no batch job left, waiting for allAssessmentsLocked
        expect(
                "jobs left in the cycle's process instance",
                0,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION p ON p.ID_ = j.PROCESS_INSTANCE_ID_"
                                + " WHERE p.BUSINESS_KEY_ = ?",
                        Integer.class,
                        String.valueOf(cycleId)));
        expect(
                "allAssessmentsLocked subscriptions of the cycle",
                1,
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_RU_EVENT_SUBSCR s JOIN ACT_RU_EXECUTION p ON p.ID_ = s.PROC_INST_ID_"
                                + " WHERE p.BUSINESS_KEY_ = ? AND s.EVENT_NAME_ = 'allAssessmentsLocked'",
                        Integer.class,
                        String.valueOf(cycleId)));
        // not an assertion: a failed execution that was retried successfully cost time, not data
        System.out.printf(
                "failed job executions (ACT_HI_JOB_LOG, retried): %d%n",
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_EXCEPTION_MSG_ IS NOT NULL", Integer.class));
    }

    private void expect(String what, int expected, int actual) {
        System.out.printf("check %s: %d (expected %d)%s%n", what, actual, expected, actual == expected ? "" : " FAIL");
        if (actual != expected) {
            failures.add(what + ": " + actual + ", expected " + expected);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void killQuietly() {
        Process running = node;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
            try {
                running.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path findJar() throws IOException {
        String given = System.getProperty("kill9.jar");
        if (given != null) {
            return Path.of(given);
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars =
                Files.newDirectoryStream(Path.of("backend", "target"), "kaoping-backend-*-exec.jar")) {
            jars.forEach(found::add);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("need exactly one backend/target/kaoping-backend-*-exec.jar (found " + found
                    + "): run ./mvnw -B -o -DskipTests -pl backend -am package, or set -Dkill9.jar");
        }
        return found.get(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The 1-, 5- and 15-minute load averages, as uptime shows them. */
    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(long nanos) {
        return BenchCycles.seconds(nanos);
    }
}
