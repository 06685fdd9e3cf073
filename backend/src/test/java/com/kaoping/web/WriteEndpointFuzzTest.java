package com.kaoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property (issue 8): for every write endpoint, whatever body, Content-Type, id and headers a client sends, the
 * answer is never a 5xx, and a 4xx changes no row of any kp_* table. Generated with jqwik's arbitraries from a
 * fixed seed, bounded in count, against the shared MariaDB context.
 */
class WriteEndpointFuzzTest extends MariaDbIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("kaoping.fuzz.requests", 400);
    private static final long SEED = Long.getLong("kaoping.fuzz.seed", 8L);

    @Autowired
    JdbcTemplate jdbc;

    record Endpoint(String user, String method, String path) {}

    @Test
    void noWriteEndpointAnswers5xxAndA4xxChangesNothing() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2053, \"quarter\": 4, \"branches\": [\"B02\"]}", 1);
        long assessment = q.assessmentId("branch02", "B02");
        String task = q.task("branch02", "selfAssessment", "B02").get("id").asText();
        List<String> branchesBefore = codes("SELECT code FROM kp_branch WHERE active");
        List<String> usersBefore = codes("SELECT username FROM kp_user");

        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.just(task),
                Arbitraries.just(Long.toString(assessment)),
                Arbitraries.of(
                        "%F0%9F%98%80",
                        "%00", "..", "%2e%2e", "-1", "1e400", "99999999999999999999", "%20", "a%0D%0Ab", "%E9%95%BF"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(70).filter(s -> !s.isEmpty()));
        List<Endpoint> endpoints = List.of(
                new Endpoint("admin", "POST", "/api/cycles"),
                new Endpoint("admin", "POST", "/api/scoring/preview"),
                new Endpoint("branch02", "POST", "/api/tasks/{id}/complete"),
                new Endpoint("branch02", "PUT", "/api/tasks/{id}/draft"),
                new Endpoint("branch02", "POST", "/api/assessments/{id}/objections"),
                new Endpoint("branch02", "POST", "/api/assessments/{id}/evidence"),
                new Endpoint("branch02", "DELETE", "/api/evidence/{id}"),
                new Endpoint("branch02", "POST", "/api/notifications/{id}/read"),
                new Endpoint("branch02", "POST", "/api/notifications/read-all"),
                new Endpoint("admin", "POST", "/api/admin/branches"),
                new Endpoint("admin", "PUT", "/api/admin/branches/{id}"),
                new Endpoint("admin", "POST", "/api/admin/users"),
                new Endpoint("admin", "PUT", "/api/admin/users/{id}"),
                new Endpoint("admin", "PUT", "/api/admin/indicator-owners"),
                new Endpoint("admin", "POST", "/api/standards"));
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("application/json", "application/json; charset=UTF-8")),
                Tuple.of(
                        10,
                        Arbitraries.of(
                                "*/*",
                                "application/*",
                                "text/plain",
                                "multipart/form-data",
                                "multipart/form-data; boundary=kp",
                                "application/x-www-form-urlencoded",
                                "application/json; charset=nonsense",
                                "a/b/c",
                                ";;",
                                "")));
        Arbitrary<Map<String, String>> headers = Arbitraries.maps(
                        Arbitraries.of("Accept", "Accept-Charset", "X-Request-Id", "If-Match", "Accept-Language"),
                        Arbitraries.of("*/*", "text/html", "application/xml", "zz", "%00", "a".repeat(300), "中文"))
                .ofMaxSize(2);
        Arbitrary<Tuple.Tuple5<Endpoint, String, String, String, Map<String, String>>> requests = Combinators.combine(
                        Arbitraries.of(endpoints), ids, contentTypes, bodies(), headers)
                .as(Tuple::of);

        // jqwik's generators outside a @Property (the Spring context belongs to JUnit Jupiter): a session of its own
        JqwikSession.start();
        try {
            fuzz(requests);
        } finally {
            JqwikSession.finish();
        }
        restore(branchesBefore, usersBefore);
        assertThat(faults).as("by status " + byStatus).isEmpty();
    }

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();

    private void fuzz(Arbitrary<Tuple.Tuple5<Endpoint, String, String, String, Map<String, String>>> requests) {
        Random random = new Random(SEED);
        requests.generator(1000).stream(random).limit(REQUESTS).forEach(shrinkable -> {
            var r = shrinkable.value();
            Endpoint e = r.get1();
            Map<String, Long> before = rowCounts();
            ApiClient client = as(e.user());
            HttpRequest.Builder builder = client.request(e.path().replace("{id}", r.get2()));
            if (!r.get3().isEmpty()) {
                builder.header("Content-Type", r.get3());
            }
            r.get5().forEach((name, value) -> {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException ignored) {
                    // java.net.http refuses some header values itself; the server never sees them
                }
            });
            ApiClient.Response response;
            try {
                response = client.send(builder.method(
                        e.method(), HttpRequest.BodyPublishers.ofString(r.get4(), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException | IllegalStateException unsendable) {
                return;
            }
            byStatus.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) {
                faults.add(e + " id=" + r.get2() + " type=" + r.get3() + " body=" + abbreviate(r.get4()) + " → "
                        + response);
            } else if (response.status() >= 400) {
                Map<String, Long> after = rowCounts();
                if (!after.equals(before)) {
                    faults.add("4xx changed rows: " + e + " body=" + abbreviate(r.get4()) + " → " + response + " "
                            + before + " → " + after);
                }
            }
        });
        System.out.println("Fuzzed " + REQUESTS + " requests (seed " + SEED + "), by status: " + byStatus);
    }

    /** JSON bodies: objects of the forms' field names with hostile values, plus raw non-JSON. */
    private static Arbitrary<String> bodies() {
        Arbitrary<String> names = Arbitraries.of(
                "findings",
                "bonuses",
                "vetoes",
                "clause",
                "count",
                "points",
                "rule",
                "indicator",
                "note",
                "comment",
                "decision",
                "reason",
                "year",
                "quarter",
                "branches",
                "standard",
                "selfAssessmentDue",
                "publicityPeriod",
                "code",
                "name",
                "active",
                "username",
                "displayName",
                "role",
                "password",
                "enabled",
                "department",
                "branch",
                "correction",
                "answer",
                "cuont",
                "",
                "\u0000");
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of(
                        "null",
                        "true",
                        "false",
                        "0",
                        "-1",
                        "1",
                        "2.0",
                        "2.5",
                        "1e400",
                        "-0",
                        "100000",
                        "12345",
                        "1000000000000000000000000000000",
                        "0.125",
                        "\"3\"",
                        "\"\\u0000\"",
                        "\"\"",
                        "\" \"",
                        "\"approve\"",
                        "\"return\"",
                        "\"1.1\"",
                        "\"Infinity\"",
                        "\"NaN\"",
                        "\"😀\"",
                        "\"B01\"",
                        "\"2020-01-01\"",
                        "\"P99999999D\"",
                        "\"a\\r\\nb\"",
                        "[]",
                        "{}",
                        "[{}]",
                        "[null]",
                        "85",
                        "88",
                        "[{\"clause\": \"1.1\", \"count\": 1}]",
                        "[{\"rule\": 88, \"points\": 99999.99}]"),
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u00ff')
                        .withChars('长', '\u2028', '\u202e')
                        .ofMaxLength(40)
                        .map(WriteEndpointFuzzTest::quote),
                Arbitraries.integers().map(Object::toString),
                Arbitraries.bigIntegers()
                        .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .withDistribution(RandomDistribution.biased())
                        .map(Object::toString),
                Arbitraries.just("\"" + "长".repeat(2100) + "\""));
        Arbitrary<String> objects = Combinators.combine(names, scalars)
                .as((k, v) -> quote(k) + ": " + v)
                .list()
                .ofMaxSize(5)
                .map(fields -> "{" + String.join(", ", fields) + "}");
        Arbitrary<String> nested = objects.list().ofMaxSize(3).map(list -> "[" + String.join(", ", list) + "]");
        Arbitrary<String> withLists = Combinators.combine(names, nested).as((k, v) -> "{" + quote(k) + ": " + v + "}");
        Arbitrary<String> raw = Arbitraries.oneOf(
                Arbitraries.of("", "{", "[", "null", "\"x\"", "{}}", "{\"a\":1}{", "\u0000", "--kp\r\n\r\n--kp--"),
                Arbitraries.strings().ofMaxLength(60));
        return Arbitraries.frequencyOf(Tuple.of(5, objects), Tuple.of(3, withLists), Tuple.of(2, raw));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name LIKE 'kp\\_%' AND table_name <> 'kp_schema_history' ORDER BY table_name",
                String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        // a 4xx must not update rows either: the newest change time of the tables that record one
        counts.put(
                "notifications read",
                jdbc.queryForObject("SELECT COUNT(*) FROM kp_notification WHERE read_at IS NOT NULL", Long.class));
        counts.put("active branches", jdbc.queryForObject("SELECT COUNT(*) FROM kp_branch WHERE active", Long.class));
        return counts;
    }

    private List<String> codes(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    /** Whatever the fuzz managed to create (a 2xx is allowed) must not change what other tests see. */
    private void restore(List<String> activeBranches, List<String> users) {
        for (String code : codes("SELECT code FROM kp_branch WHERE active")) {
            if (!activeBranches.contains(code)) {
                jdbc.update("UPDATE kp_branch SET active = FALSE WHERE code = ?", code);
            }
        }
        for (String code : activeBranches) {
            jdbc.update("UPDATE kp_branch SET active = TRUE WHERE code = ?", code);
        }
        List<String> added = codes("SELECT username FROM kp_user").stream()
                .filter(u -> !users.contains(u))
                .collect(Collectors.toList());
        for (String username : added) {
            jdbc.update("UPDATE kp_user SET enabled = FALSE WHERE username = ?", username);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }
}
