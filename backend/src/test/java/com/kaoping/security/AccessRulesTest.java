package com.kaoping.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who reaches what: Kaoping's API needs a user; Camunda's REST API and web apps only ADMIN. */
class AccessRulesTest extends MariaDbIntegrationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/engine-rest/engine",
                "/engine-rest/user",
                "/camunda/app/cockpit/default/",
                "/camunda/api/engine/engine/"
            })
    void camundaIsClosedToAnonymous(String path) {
        assertThat(anonymous().get(path).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"branch01", "reviewer-org", "leader"})
    void camundaIsClosedToNonAdmins(String user) {
        assertThat(as(user).get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(as(user).get("/engine-rest/user").status()).isEqualTo(403);
        assertThat(as(user).get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    }

    @Test
    void anonymousCannotCreateCamundaAdmins() {
        ApiClient.Response created = anonymous()
                .post(
                        "/engine-rest/user/create",
                        "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"x12345678\"}}");
        assertThat(created.status()).isEqualTo(401);
        assertThat(as("admin").get("/engine-rest/user?id=intruder").json()).isEmpty();
    }

    @Test
    void adminReachesCamunda() {
        assertThat(as("admin").get("/engine-rest/engine").status()).isEqualTo(200);
        ApiClient.Response cockpit = as("admin").get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Cockpit");
    }

    @Test
    void apiNeedsSignIn() {
        assertThat(anonymous().get("/api/me").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/standards").status()).isEqualTo(401);
        assertThat(as("branch01").get("/api/me").json().get("branch").asText()).isEqualTo("B01");
        assertThat(as("reviewer-org").get("/api/me").json().get("department").asText())
                .isEqualTo("ORG");
    }

    @Test
    void wrongPasswordIs401() {
        ApiClient.Response response = as("branch01", "wrong").get("/api/me");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void formLoginNeedsTheCsrfTokenAndThenKeepsTheSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;

        // a forged cross-site POST carries no token: refused
        HttpResponse<String> forged = browser.send(
                form(base + "/api/login", "username=branch01&password=demo").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        // the page's own script reads XSRF-TOKEN and echoes it
        browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> login = browser.send(
                form(base + "/api/login", "username=branch01&password=demo")
                        .header("X-XSRF-TOKEN", token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(204);

        HttpResponse<String> me = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("branch01");
        // a session user is still not an administrator
        HttpResponse<String> engine = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/engine-rest/engine")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(engine.statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordOnTheFormIs401() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> login = browser.send(
                form(base + "/api/login", "username=branch01&password=nope")
                        .header("X-XSRF-TOKEN", token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("Wrong username or password");
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
