package com.kaoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.QuarterDriver;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each finding of issue 8 about what a client may send: every one is a 4xx problem detail naming the field,
 * never a 5xx, and nothing is stored.
 */
class HostileInputTest extends MariaDbIntegrationTest {

    @Test
    void wildcardContentTypeIsRefusedAs415() {
        ApiClient.Response r = send("admin", "POST", "/api/cycles", "*/*", "{\"year\": 2051, \"quarter\": 1}");
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
        r = send("admin", "PUT", "/api/tasks/abc/draft", "*/*", "{}");
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
    }

    @Test
    void multipartWithoutBoundaryIsRefusedAs400() {
        ApiClient.Response r = send("branch01", "POST", "/api/assessments/1/evidence", "multipart/form-data", "x");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        r = send("admin", "POST", "/api/standards", "multipart/form-data", "x");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
    }

    @Test
    void formBodyWithNulIsRefusedAs400() {
        ApiClient.Response r =
                send("admin", "POST", "/api/cycles", "application/x-www-form-urlencoded", "year=%00&quarter=1");
        assertThat(r.status()).as(r.toString()).isIn(400, 415);
        r = send("admin", "POST", "/api/tasks/abc/complete?x=%00", "application/x-www-form-urlencoded", "a=%00");
        assertThat(r.status()).as(r.toString()).isIn(400, 415);
        // the same through the session sign-in, where the firewall sees the form's parameters
        ApiClient.Response first =
                anonymous().send(anonymous().request("/api/me").GET());
        String token = first.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        r = anonymous()
                .send(anonymous()
                        .request("/api/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "XSRF-TOKEN=" + token)
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString("username=a%00&a%00b=c&password=b")));
        assertThat(r.status()).as(r.toString()).isIn(400, 401);
        // what the firewall itself rejects (here a doubled slash) is the client's 400, not a 500 error page
        r = as("admin").get("/api//cycles");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        r = as("admin").get("/api/cycles/%00");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
    }

    @Test
    void fourByteCharacterInTaskIdIsRefusedBeforeCamunda() {
        ApiClient.Response r = send("branch01", "POST", "/api/tasks/%F0%9F%98%80/complete", "application/json", "{}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("id");
        r = send("branch01", "PUT", "/api/tasks/a%F0%9F%98%80b/draft", "application/json", "{}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
    }

    @Test
    void evidenceFileNamesWithNulOrLineBreaksAreStoredCleanOrRefused() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2051, \"quarter\": 2, \"branches\": [\"B05\"]}", 1);
        long id = q.assessmentId("branch05", "B05");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : new String[] {"a\u0000b.pdf", "a\r\nb.pdf", "a\rb.pdf", "%00.pdf", "a\u0000"}) {
            ApiClient.Response r = Multipart.post(as("branch05"), "/api/assessments/" + id + "/evidence", name, pdf);
            assertThat(r.status()).as(name + ": " + r).isLessThan(500).isIn(201, 400);
            if (r.status() == 201) {
                assertThat(r.json().path("filename").asText()).doesNotContain("\u0000", "\r", "\n");
            }
        }
    }

    @Test
    void countsAndPointsOutOfRangeAreRefusedNamingTheValueSent() {
        ApiClient.Response r =
                preview("{\"findings\": [{\"clause\": \"1.1\", \"count\": 1000000000000000000000000000000}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("findings[0].count");
        assertThat(r.json().path("detail").asText()).contains("1000000000000000000000000000000");
        r = preview("{\"bonuses\": [{\"rule\": 88, \"points\": 100000}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("bonuses[0].points");
        r = preview("{\"bonuses\": [{\"rule\": 88.5, \"points\": 1}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("bonuses[0].rule");
    }

    @Test
    void numbersMustBeNumbersAndWhole() {
        for (String count : new String[] {"\"3\"", "2.0", "\"\\u0000\"", "true", "[1]"}) {
            ApiClient.Response r = preview("{\"findings\": [{\"clause\": \"1.1\", \"count\": " + count + "}]}");
            assertThat(r.status()).as(count + ": " + r).isEqualTo(400);
            assertThat(r.json().path("field").asText()).as(count).isEqualTo("findings[0].count");
        }
        ApiClient.Response r = preview("{\"findings\": [{\"clause\": \"1.1\", \"cuont\": 2}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("findings[0].cuont");
        r = preview("{\"findings\": [{\"clause\": \"1.1\\u0000\"}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("findings[0].clause");
    }

    @Test
    void draftWithHugeBonusPointsIsRefusedAndNotStored() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2051, \"quarter\": 3, \"branches\": [\"B06\"]}", 1);
        String task = q.task("branch06", "selfAssessment", "B06").get("id").asText();
        for (String count : new String[] {"1000000000000000000000000000000", "\"3\"", "2.0", "\"\\u0000\""}) {
            ApiClient.Response r = send(
                    "branch06",
                    "PUT",
                    "/api/tasks/" + task + "/draft",
                    "application/json",
                    "{\"findings\": [{\"clause\": \"1.1\", \"count\": " + count + "}]}");
            assertThat(r.status()).as(count + ": " + r).isEqualTo(400);
            assertThat(r.json().path("field").asText()).isEqualTo("findings[0].count");
        }
        ApiClient.Response r = send(
                "branch06",
                "PUT",
                "/api/tasks/" + task + "/draft",
                "application/json",
                "{\"findings\": [], \"comment\": \"a\\u0000b\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("comment");
    }

    @Test
    void usernamesThatAreNumbersAreRefused() {
        for (String name : new String[] {"Infinity", "0.001", "12345", "NaN", "-1e5"}) {
            ApiClient.Response r = as("admin")
                    .post(
                            "/api/admin/users",
                            "{\"username\": \"" + name + "\", \"displayName\": \"x\", \"role\": \"LEADER\","
                                    + " \"password\": \"long-enough-pw\"}");
            assertThat(r.status()).as(name + ": " + r).isEqualTo(400);
            assertThat(r.json().path("field").asText()).isEqualTo("username");
        }
    }

    @Test
    void newBranchMayBeCreatedInactive() {
        ApiClient.Response r =
                as("admin").post("/api/admin/branches", "{\"code\": \"R81\", \"name\": \"停用支部\", \"active\": false}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("active").asBoolean(true)).isFalse();
        JsonNode listed = null;
        for (JsonNode b : as("admin").get("/api/admin/branches").json()) {
            if (b.path("code").asText().equals("R81")) {
                listed = b;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("active").asBoolean(true)).isFalse();
    }

    private ApiClient.Response preview(String body) {
        return send("admin", "POST", "/api/scoring/preview", "application/json", body);
    }

    private ApiClient.Response send(String user, String method, String path, String contentType, String body) {
        ApiClient client = as(user);
        return client.send(client.request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
