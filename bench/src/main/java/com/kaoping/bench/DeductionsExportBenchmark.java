package com.kaoping.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.standard.StandardFileParser;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 item 6: {@code GET /api/cycles/{id}/deductions.xlsx} of a published cycle of N branches (default 2,000)
 * with F findings each (default 10), through HTTP as the leadership group, on MariaDB. The locked results are
 * written straight into the database (kp_assessment, kp_finding, kp_locked_result with a score card of the real
 * engine), since running 2,000 quarters through the process would take hours here. Run with a small heap (e.g.
 * {@code -Xmx384m}) to show the workbook is not held in memory. Not a test: see docs/benchmarks.md.
 *
 * <pre>java -Xmx384m -cp bench/target/benchmarks.jar com.kaoping.bench.DeductionsExportBenchmark [branches [findings [runs]]]</pre>
 */
public final class DeductionsExportBenchmark {

    public static void main(String[] args) throws Exception {
        int branches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int findings = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConfigurableApplicationContext app = BenchApplication.start(List.of());
        int exit = 0;
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ObjectMapper json = app.getBean(ObjectMapper.class);
            long cycleId = insertCycle(jdbc, json, branches, findings);
            String url = BenchApplication.baseUrl(app) + "/api/cycles/" + cycleId + "/deductions.xlsx";
            HttpClient http = HttpClient.newHttpClient();
            com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            String auth = "Basic " + Base64.getEncoder().encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8));
            for (int run = 0; run <= runs; run++) {
                System.gc();
                long cpuStart = cpu.getProcessCpuTime();
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", auth)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                double seconds = (System.nanoTime() - start) / 1e9;
                // the server runs in this JVM: its CPU time shows how much of the wall time the machine's load took
                double cpuSeconds = (cpu.getProcessCpuTime() - cpuStart) / 1e9;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "HTTP " + response.statusCode() + ": " + new String(response.body()));
                }
                long rows = sheetRows(response.body());
                Runtime rt = Runtime.getRuntime();
                System.out.printf(
                        Locale.ROOT,
                        "%s branches=%d rows=%d bytes=%d time=%.2fs cpu=%.2fs heap used=%d MB of max %d MB (target: <= 10 s)%n",
                        run == 0 ? "warm-up" : "RESULT",
                        branches,
                        rows,
                        response.body().length,
                        seconds,
                        cpuSeconds,
                        (rt.totalMemory() - rt.freeMemory()) >> 20,
                        rt.maxMemory() >> 20);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    /** A published cycle whose N assessments are locked, each with F findings (counts 1–3) and its score card. */
    private static long insertCycle(JdbcTemplate jdbc, ObjectMapper json, int branches, int findings) throws Exception {
        ScoringEngine engine = new ScoringEngine(StandardFileParser.loadBundled());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> branchRows = new ArrayList<>();
        for (int i = 1; i <= branches; i++) {
            branchRows.add(new Object[] {code(i), "基准党总支" + i});
        }
        jdbc.batchUpdate("INSERT INTO kp_branch (code, name, active) VALUES (?, ?, TRUE)", branchRows);
        jdbc.update(
                "INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version, status,"
                        + " publicity_period, created_at, created_by, published_at) VALUES (2045, 1, ?, ?, 'PUBLISHED', 'P5D', ?,"
                        + " 'bench', ?)",
                engine.standard().code(),
                engine.standard().version(),
                now,
                now);
        long cycleId = jdbc.queryForObject("SELECT MAX(id) FROM kp_cycle", Long.class);
        jdbc.batchUpdate(
                "INSERT INTO kp_cycle_branch (cycle_id, branch_code) VALUES (?, ?)",
                branchRows.stream().map(r -> new Object[] {cycleId, r[0]}).toList());
        jdbc.batchUpdate(
                "INSERT INTO kp_assessment (cycle_id, branch_code, locked, created_at, locked_at) VALUES (?, ?, TRUE, ?, ?)",
                branchRows.stream()
                        .map(r -> new Object[] {cycleId, r[0], now, now})
                        .toList());
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, branch_code FROM kp_assessment WHERE cycle_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                cycleId);
        // every per-unit and flat clause, with its owning department: findings are spread over all of them
        Map<String, String> owners = new LinkedHashMap<>();
        List<Clause> pool = new ArrayList<>();
        engine.standard()
                .primaries()
                .forEach(p -> p.secondaries()
                        .forEach(s -> s.items()
                                .forEach(item -> item.rules()
                                        .forEach(rule -> rule.clauses().forEach(c -> {
                                            owners.put(c.id(), p.department());
                                            if (c.kind() == ClauseKind.PER_UNIT || c.kind() == ClauseKind.FLAT) {
                                                pool.add(c);
                                            }
                                        })))));
        List<Object[]> findingRows = new ArrayList<>();
        List<Object[]> resultRows = new ArrayList<>();
        for (int i = 1; i <= branches; i++) {
            long id = ids.get(code(i));
            List<Finding> list = new ArrayList<>();
            List<Map<String, Object>> locked = new ArrayList<>();
            for (int f = 0; f < findings; f++) {
                Clause c = pool.get((i * 7 + f * 11) % pool.size());
                String clause = c.id();
                if (list.stream().anyMatch(x -> x.clause().equals(clause))) {
                    continue;
                }
                int count = c.kind() == ClauseKind.FLAT ? 1 : 1 + (i + f) % 3;
                list.add(new Finding(clause, count));
                locked.add(Map.of("clause", clause, "count", count));
                findingRows.add(
                        new Object[] {id, clause, owners.get(clause), count, "自评说明 " + clause, "reviewer-org", now});
            }
            ScoreCard card = engine.score(new ScoringInput(list, List.of(), List.of()));
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("assessmentId", id);
            content.put("cycleId", cycleId);
            content.put("branch", code(i));
            content.put("revision", 1);
            content.put("findings", locked);
            content.put("bonuses", List.of());
            content.put("vetoes", List.of());
            content.put("card", card);
            String hash = String.format("%064d", i); // the export does not walk the chain
            resultRows.add(new Object[] {id, json.writeValueAsString(content), hash, hash, now});
        }
        jdbc.batchUpdate(
                "INSERT INTO kp_finding (assessment_id, clause_id, department, self_count, self_note, reviewed_by,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                findingRows);
        jdbc.batchUpdate(
                "INSERT INTO kp_locked_result (assessment_id, revision, content, previous_hash, content_hash,"
                        + " created_by, created_at) VALUES (?, 1, ?, ?, ?, 'leader', ?)",
                resultRows);
        System.out.printf(
                "inserted a published cycle %d: %d branches, %d findings%n", cycleId, branches, findingRows.size());
        return cycleId;
    }

    private static String code(int i) {
        return String.format("X%04d", i);
    }

    /** Rows of the first sheet, counted in the xlsx's XML without loading it into a workbook. */
    private static long sheetRows(byte[] xlsx) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("deductions", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                if (sheet == null) {
                    throw new IllegalStateException("no sheet1 in the workbook");
                }
                try (InputStream in = new java.io.BufferedInputStream(zip.getInputStream(sheet))) {
                    return count(in, "<row ");
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static long count(InputStream in, String needle) throws Exception {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        long found = 0;
        int matched = 0;
        for (int b; (b = in.read()) != -1; ) {
            matched = b == n[matched] ? matched + 1 : (b == n[0] ? 1 : 0);
            if (matched == n.length) {
                found++;
                matched = 0;
            }
        }
        return found;
    }
}
