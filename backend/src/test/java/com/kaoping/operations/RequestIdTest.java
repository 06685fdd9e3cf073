package com.kaoping.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every response names its request; problem details carry the same id. */
class RequestIdTest extends MariaDbIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aProblemDetailCarriesTheIdOfItsResponseHeader() throws Exception {
        ApiClient admin = as("admin");
        HttpResponse<String> response = HTTP.send(
                admin.request("/api/cycles/987654321").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(404);
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(json.readTree(response.body()).path("requestId").asText()).isEqualTo(id);

        HttpResponse<String> bad = HTTP.send(
                admin.request("/api/cycles")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"year\": \"x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).path("requestId").asText())
                .isEqualTo(bad.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void aLoadBalancersIdIsKeptAndAGarbledOneReplaced() throws Exception {
        HttpResponse<String> kept = HTTP.send(
                anonymous()
                        .request("/actuator/health")
                        .header("X-Request-Id", "lb-42.a")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("lb-42.a");
        HttpResponse<String> replaced = HTTP.send(
                anonymous()
                        .request("/api/me")
                        .header("X-Request-Id", "<script>")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replaced.statusCode()).isEqualTo(401);
        assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }
}
