package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The standards API and the version rules, on MariaDB. */
class StandardApiTest extends MariaDbIntegrationTest {

    @Autowired
    StandardCatalog catalog;

    @Test
    void theShippedStandardIsImportedAndActive() {
        JsonNode list = as("branch01").get("/api/standards").json();
        assertThat(list.toString()).contains("DZZ-2021");
        JsonNode tree = as("branch01").get("/api/standards/DZZ-2021").json();
        assertThat(tree.get("primaries")).hasSize(8);
        assertThat(tree.get("primaries").get(0).get("name").asText()).isEqualTo("党的领导");
        JsonNode firstClause = tree.get("primaries")
                .get(0)
                .get("secondaries")
                .get(0)
                .get("items")
                .get(0)
                .get("rules")
                .get(0)
                .get("clauses")
                .get(0);
        assertThat(firstClause.get("id").asText()).isEqualTo("1.1");
        assertThat(firstClause.get("kind").asText()).isEqualTo("PER_UNIT");
        assertThat(tree.get("bonus").get("rules")).hasSize(4);
        assertThat(tree.get("veto").get("rules")).hasSize(9);
        assertThat(catalog.active().code()).isEqualTo("DZZ-2021");
    }

    @Test
    void unknownStandardIs404() {
        assertThat(as("branch01").get("/api/standards/NOPE").status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsImport() throws IOException {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(upload(as("leader"), shipped(code, 1)).status()).isEqualTo(403);
        assertThat(upload(as("branch01"), shipped(code, 1)).status()).isEqualTo(403);
        assertThat(upload(as("admin"), shipped(code, 1)).status()).isEqualTo(201);
        assertThat(upload(as("admin"), shipped(code, 1)).json().get("outcome").asText())
                .isEqualTo("UNCHANGED");
    }

    @Test
    void anInvalidFileIsRefusedNamingThePlace() throws IOException {
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
        // 党的领导 claims 11 points: the primaries no longer add up to 100
        String broken = shipped(code, 1).replaceFirst("points: 10", "points: 11");
        ApiClient.Response response = upload(as("admin"), broken);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("file");
        assertThat(response.json().get("detail").asText()).contains("党的领导");
        assertThat(as("admin").get("/api/standards/" + code).status()).isEqualTo(404);
    }

    @Test
    void aVersionInUseNeverChanges() throws IOException {
        String code = "USED-" + UUID.randomUUID().toString().substring(0, 8);
        String original = shipped(code, 1);
        assertThat(upload(as("admin"), original).status()).isEqualTo(201);
        String renamed = original.replace("name: 基层党总支量化考核评分标准", "name: 改过的名称");

        // while unused, an edit replaces the version
        assertThat(upload(as("admin"), renamed).json().get("outcome").asText()).isEqualTo("REPLACED");
        catalog.markInUse(code, 1);
        ApiClient.Response refused = upload(as("admin"), original);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(catalog.get(code, 1).name()).isEqualTo("改过的名称");

        // the change goes in as a new version
        assertThat(upload(as("admin"), shipped(code, 2)).status()).isEqualTo(201);
        assertThat(as("branch01")
                        .get("/api/standards/" + code)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(as("branch01")
                        .get("/api/standards/" + code + "?version=1")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("改过的名称");
    }

    private static String shipped(String code, int version) throws IOException {
        try (InputStream in = StandardApiTest.class.getResourceAsStream("/standards/dzz-2021.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replaceFirst("(?m)^code: .*$", "code: " + code)
                    .replaceFirst("(?m)^version: .*$", "version: " + version);
        }
    }

    private static ApiClient.Response upload(ApiClient client, String yaml) {
        String boundary = "----kaoping" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"standard.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + yaml + "\r\n--" + boundary + "--\r\n";
        return client.send(client.request("/api/standards")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
