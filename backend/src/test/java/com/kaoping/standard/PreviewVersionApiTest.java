package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.QuarterDriver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A task form previews with its assessment's standard version: a version 2 imported while a cycle (2046 Q2, B07)
 * runs on version 1 changes the default preview, not the task's. A standard of its own code keeps the shared
 * database's active standard as it was.
 */
class PreviewVersionApiTest extends MariaDbIntegrationTest {

    private static final String CLAUSE_1_1 =
            "{id: \"1.1\", kind: PER_UNIT, amount: 0.2, unit: 次, text: \"未按照计划组织专题学习研讨的,每少1次扣0.2分\"}";

    @Test
    void theTaskPreviewAgreesWithTheStoredScoreAfterANewVersion() throws IOException {
        String code = "PV-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(importStandard(shipped(code, 1)).status()).isEqualTo(201);
        QuarterDriver q = QuarterDriver.open(
                this, "{\"year\": 2046, \"quarter\": 2, \"standard\": \"" + code + "\", \"branches\": [\"B07\"]}", 1);
        // version 2 while the cycle runs: 1.1 costs 0.3 a time instead of 0.2
        String changed = shipped(code, 2).replace(CLAUSE_1_1, CLAUSE_1_1.replace("amount: 0.2", "amount: 0.3"));
        assertThat(changed).isNotEqualTo(shipped(code, 2));
        assertThat(importStandard(changed).status()).isEqualTo(201);

        long id = q.assessmentId("branch07", "B07");
        JsonNode assessment = q.assessment("branch07", id);
        assertThat(assessment.get("standardCode").asText()).isEqualTo(code);
        assertThat(assessment.get("standardVersion").asInt()).isEqualTo(1);

        String findings = "\"findings\": [{\"clause\": \"1.1\", \"count\": 3}]";
        q.complete("branch07", "selfAssessment", "B07", "{" + findings + "}");
        // version 1: 100 − 3 × 0.2 = 99.40
        JsonNode stored = q.assessment("branch07", id).get("scores").get("self");
        assertThat(stored.get("totalScore").decimalValue()).isEqualByComparingTo("99.40");
        assertThat(stored.get("standardVersion").asInt()).isEqualTo(1);

        JsonNode withVersion = preview("{\"standard\": \"" + code + "\", \"version\": 1, " + findings + "}")
                .json();
        assertThat(withVersion.get("totalScore").decimalValue())
                .isEqualByComparingTo(stored.get("totalScore").decimalValue());
        assertThat(withVersion.get("explanation")).isEqualTo(stored.get("explanation"));

        // without a version, a code that is not the active standard's scores with its newest: 100 − 3 × 0.3 = 99.10
        JsonNode newest =
                preview("{\"standard\": \"" + code + "\", " + findings + "}").json();
        assertThat(newest.get("standardVersion").asInt()).isEqualTo(2);
        assertThat(newest.get("totalScore").decimalValue()).isEqualByComparingTo("99.10");
    }

    @Test
    void withoutAStandardTheActiveVersionScores() {
        JsonNode card =
                preview("{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}").json();
        assertThat(card.get("standardCode").asText()).isEqualTo("DZZ-2021");
        assertThat(card.get("standardVersion").asInt()).isEqualTo(1);
        assertThat(card.get("totalScore").decimalValue()).isEqualByComparingTo("99.80");
        JsonNode named = preview("{\"version\": 1, \"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}")
                .json();
        assertThat(named.get("totalScore").decimalValue()).isEqualByComparingTo("99.80");
    }

    @Test
    void anUnknownVersionIs400NamingIt() {
        for (String body : new String[] {
            "{\"standard\": \"DZZ-2021\", \"version\": 999}",
            "{\"version\": 0}",
            "{\"standard\": \"DZZ-2021\", \"version\": -1}"
        }) {
            ApiClient.Response response = preview(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("field").asText()).as(body).isEqualTo("version");
        }
    }

    private ApiClient.Response preview(String body) {
        return as("branch07").post("/api/scoring/preview", body);
    }

    private ApiClient.Response importStandard(String yaml) {
        return Multipart.post(as("admin"), "/api/standards", "standard.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String shipped(String code, int version) throws IOException {
        try (InputStream in = PreviewVersionApiTest.class.getResourceAsStream("/standards/dzz-2021.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replaceFirst("(?m)^code: .*$", "code: " + code)
                    .replaceFirst("(?m)^version: .*$", "version: " + version);
        }
    }
}
