package com.kaoping.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens (docs/security.md, "API tokens"): created by their owner and shown once, stored as a SHA-256
 * only, sent as {@code Authorization: Bearer …} without a CSRF token, revocable, and following the account: a
 * disabled owner's token is refused until the account is enabled again.
 */
class ApiTokenApiTest extends MariaDbIntegrationTest {

    private static final String PASSWORD = "令牌测试-口令-足够长-2080";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedWorksAsItsOwnerAndIsRevocable() throws Exception {
        ApiClient.Response created = as("reviewer-org").post("/api/me/tokens", Map.of("name", "夜间导出脚本"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().get("token").asText();
        long id = created.json().get("id").asLong();
        assertThat(token).matches("kpt_[A-Za-z0-9_-]{43}");
        assertThat(created.json().get("prefix").asText()).isEqualTo(token.substring(0, 10));

        // only the digest is stored
        String stored = jdbc.queryForObject("SELECT token_hash FROM kp_api_token WHERE id = ?", String.class, id);
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(token.getBytes(StandardCharsets.US_ASCII))));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_api_token WHERE token_hash = ? OR token_prefix = ?",
                        Integer.class,
                        token,
                        token))
                .isZero();

        // listed without its secret
        JsonNode list = as("reviewer-org").get("/api/me/tokens").json();
        JsonNode mine = find(list, id);
        assertThat(mine.get("name").asText()).isEqualTo("夜间导出脚本");
        assertThat(mine.get("token").isNull()).isTrue();
        assertThat(list.toString()).doesNotContain(token);

        // the token is its owner, and a write needs no CSRF token
        ApiClient bearer = withToken(token);
        JsonNode me = bearer.get("/api/me").json();
        assertThat(me.get("username").asText()).isEqualTo("reviewer-org");
        assertThat(me.get("role").asText()).isEqualTo("REVIEWER");
        assertThat(bearer.get("/api/admin/users").status()).isEqualTo(403);
        ApiClient.Response second = bearer.post("/api/me/tokens", Map.of("name", "第二个"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(as("reviewer-org").get("/api/me/tokens").json().size()).isEqualTo(list.size() + 1);
        // last use recorded
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM kp_api_token WHERE id = ?", Object.class, id))
                .isNotNull();

        // nobody else revokes it; a wrong or revoked token is 401
        assertThat(as("reviewer-pub").delete("/api/me/tokens/" + id).status()).isEqualTo(404);
        assertThat(withToken(token.substring(0, token.length() - 1) + "x")
                        .get("/api/me")
                        .status())
                .isEqualTo(401);
        assertThat(withToken("not-a-token").get("/api/me").status()).isEqualTo(401);
        assertThat(as("reviewer-org").delete("/api/me/tokens/" + id).status()).isEqualTo(204);
        ApiClient.Response revoked = withToken(token).get("/api/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("status").asInt()).isEqualTo(401);
        assertThat(as("reviewer-org").delete("/api/me/tokens/" + id).status()).isEqualTo(404);
        as("reviewer-org").delete("/api/me/tokens/" + second.json().get("id").asLong());
    }

    @Test
    void aNameIsRequired() {
        for (Object body : List.of(Map.of("name", ""), Map.of("name", "x".repeat(101)), Map.of())) {
            ApiClient.Response response = as("leader").post("/api/me/tokens", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("field").asText()).isEqualTo("name");
        }
        assertThat(anonymous().post("/api/me/tokens", Map.of("name", "x")).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenFollowsItsAccount() {
        String username = "token-user-2080";
        ApiClient.Response user = as("admin")
                .post(
                        "/api/admin/users",
                        Map.of("username", username, "displayName", "令牌用户", "role", "LEADER", "password", PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String own = PASSWORD + "-新";
        assertThat(as(username, PASSWORD)
                        .post("/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", own))
                        .status())
                .isEqualTo(204);
        String token = as(username, own)
                .post("/api/me/tokens", Map.of("name", "账号跟随"))
                .json()
                .get("token")
                .asText();
        assertThat(withToken(token).get("/api/me").status()).isEqualTo(200);

        assertThat(put("/api/admin/users/" + username, "{\"enabled\": false}")).isEqualTo(200);
        assertThat(withToken(token).get("/api/me").status()).isEqualTo(401);
        assertThat(put("/api/admin/users/" + username, "{\"enabled\": true}")).isEqualTo(200);
        assertThat(withToken(token).get("/api/me").status()).isEqualTo(200);
    }

    private int put(String path, String body) {
        return as("admin").put(path, body).status();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode entry : list) {
            if (entry.get("id").asLong() == id) {
                return entry;
            }
        }
        throw new AssertionError("token " + id + " not listed: " + list);
    }
}
