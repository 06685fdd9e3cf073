package com.kaoping.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The OpenAPI description is for signed-in users, describes errors and task forms, and agrees with the README. */
class ApiDocsTest extends MariaDbIntegrationTest {

    /** `GET /api/x`, `POST/GET /api/x`, or a bare `/api/x` that takes the method named before it. */
    private static final Pattern ENDPOINT = Pattern.compile("`(?:([A-Z]+(?:/[A-Z]+)*) )?(/api/[^`\\s]+)`");

    @Test
    void signedInUsersOnly() {
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(401);
        assertThat(as("branch01").get("/v3/api-docs").status()).isEqualTo(200);
        ApiClient branch = as("branch01");
        ApiClient.Response ui = branch.send(branch.request("/swagger-ui/index.html")
                .setHeader("Accept", "text/html")
                .GET());
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void everyEndpointOfTheReadmeIsDescribed() throws IOException {
        JsonNode paths = spec().path("paths");
        List<String> endpoints = readmeEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(25);
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode item = findPath(paths, path);
            assertThat(item).as(endpoint + " in /v3/api-docs").isNotNull();
            assertThat(item.has(method.toLowerCase(Locale.ROOT)))
                    .as(endpoint + " in /v3/api-docs")
                    .isTrue();
        }
    }

    @Test
    void everyOperationNamesItsProblemsAndItsSchemas() {
        JsonNode spec = spec();
        spec.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode responses = op.getValue().path("responses");
                    for (String status : new String[] {"400", "401", "403", "404", "409", "500"}) {
                        assertThat(responses
                                        .path(status)
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asText())
                                .as(op.getKey() + " " + path.getKey() + " " + status)
                                .endsWith("/Problem");
                    }
                }));
        assertThat(spec.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .has("field"))
                .isTrue();
        // a response schema, not just "some object"
        JsonNode cycles = spec.path("paths")
                .path("/api/cycles/{id}")
                .path("get")
                .path("responses")
                .path("200");
        assertThat(cycles.toString()).contains("$ref");
    }

    @Test
    void theCompletionBodyHasAnExamplePerTaskForm() {
        JsonNode body = spec().path("paths")
                .path("/api/tasks/{id}/complete")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json");
        JsonNode examples = body.path("examples");
        for (String key : new String[] {
            "selfAssessment",
            "departmentReview",
            "bonusDeclaration",
            "bonusEndorsement",
            "leadershipConfirmation",
            "publication",
            "objectionAnswer"
        }) {
            assertThat(examples.path(key).path("value").isObject()).as(key).isTrue();
        }
        assertThat(examples.path("selfAssessment")
                        .path("value")
                        .path("findings")
                        .get(0)
                        .path("clause")
                        .asText())
                .isEqualTo("1.1");
    }

    private JsonNode spec() {
        ApiClient.Response response = as("branch01").get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The path in the spec whose template matches (parameter names may differ from the README's). */
    private static JsonNode findPath(JsonNode paths, String readmePath) {
        String wanted = readmePath.replaceAll("\\{[^}]*}", "{}");
        for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths.properties()::iterator) {
            if (entry.getKey().replaceAll("\\{[^}]*}", "{}").equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** "METHOD /path" for each endpoint in the README's API table and its administration paragraph. */
    static List<String> readmeEndpoints() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## HTTP API"));
        int next = section.indexOf("\n## ", 5);
        section = next < 0 ? section : section.substring(0, next);
        List<String> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            boolean tableRow = line.startsWith("| `");
            boolean administration =
                    line.startsWith("Administration") || (!out.isEmpty() && line.contains("/api/admin"));
            if (!tableRow && !administration) {
                continue;
            }
            String cell = tableRow ? line.split("\\|")[1] : line;
            String methods = "GET";
            Matcher m = ENDPOINT.matcher(cell);
            while (m.find()) {
                if (m.group(1) != null) {
                    methods = m.group(1);
                }
                String path = m.group(2).replaceAll("\\?.*", "");
                for (String method : methods.split("/")) {
                    out.add(method + " " + path);
                }
            }
        }
        return out;
    }
}
