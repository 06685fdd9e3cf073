package com.kaoping.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** PUT /api/me/preferences: a user's own mail address, language and opt-out. */
class PreferencesApiTest extends MariaDbIntegrationTest {

    private ApiClient.Response put(String user, String body) {
        ApiClient client = as(user);
        return client.send(client.request("/api/me/preferences")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aUserSetsAndReadsTheirOwnPreferences() {
        JsonNode defaults = as("reviewer-sec").get("/api/me/preferences").json();
        assertThat(defaults.path("language").asText()).isEqualTo("zh-CN");
        assertThat(defaults.path("mailNotifications").asBoolean()).isTrue();
        assertThat(defaults.path("email").isNull()).isTrue();

        ApiClient.Response saved = put("reviewer-sec", """
                {"email": "sec@example.cn", "language": "en", "mailNotifications": false}""");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        // a field left out keeps its value
        assertThat(put("reviewer-sec", "{\"mailNotifications\": true}").status())
                .isEqualTo(200);
        JsonNode read = as("reviewer-sec").get("/api/me/preferences").json();
        assertThat(read.path("email").asText()).isEqualTo("sec@example.cn");
        assertThat(read.path("language").asText()).isEqualTo("en");
        assertThat(read.path("mailNotifications").asBoolean()).isTrue();
        // nobody else's
        assertThat(as("reviewer-prod")
                        .get("/api/me/preferences")
                        .json()
                        .path("email")
                        .isNull())
                .isTrue();
        put("reviewer-sec", "{\"email\": \"\", \"language\": \"zh-CN\"}");
    }

    @Test
    void badInputNamesTheField() {
        ApiClient.Response email = put("reviewer-prod", "{\"email\": \"not an address\"}");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().path("field").asText()).isEqualTo("email");
        ApiClient.Response language = put("reviewer-prod", "{\"language\": \"fr\"}");
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.json().path("field").asText()).isEqualTo("language");
        assertThat(put("reviewer-prod", "{\"mailNotifications\": \"maybe\"}").status())
                .isEqualTo(400);
        ApiClient anonymous = anonymous();
        assertThat(anonymous
                        .send(anonymous
                                .request("/api/me/preferences")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{}")))
                        .status())
                .isEqualTo(401);
    }
}
