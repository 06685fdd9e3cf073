package com.kaoping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the cycle-opening harnesses share (docs/benchmarks.md): many bench branches inserted by JDBC, and a cycle
 * opened for them through the HTTP API as the demo admin, as a user would.
 */
final class BenchCycles {

    private BenchCycles() {}

    /** prefix0001, prefix0002, … */
    static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(String.format(Locale.ROOT, "%s%04d", prefix, i));
        }
        return codes;
    }

    /** kp_branch rows prefix0001…, active (they have no users: nobody is notified of their tasks). */
    static void insertBranches(JdbcTemplate jdbc, String prefix, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (String code : codes(prefix, count)) {
            rows.add(new Object[] {code, "Bench branch " + code});
        }
        jdbc.batchUpdate("INSERT INTO kp_branch (code, name, active) VALUES (?, ?, TRUE)", rows);
    }

    /**
     * {@code POST /api/cycles} as admin (demo password) for these branches with the default deadlines; the new
     * cycle's id. Throws unless the answer is 201.
     */
    static long openCycle(HttpClient http, String base, int year, int quarter, List<String> codes) throws Exception {
        String body = "{\"year\": " + year + ", \"quarter\": " + quarter + ", \"branches\": [\""
                + String.join("\", \"", codes) + "\"]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cycles"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST /api/cycles answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("POST /api/cycles answered without an id: " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
