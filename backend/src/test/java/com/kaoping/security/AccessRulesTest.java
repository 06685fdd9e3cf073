package com.kaoping.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.Multipart;
import com.kaoping.support.SessionClient;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertThat(login.body()).contains("\"code\":\"problem.signIn.wrong\"").contains("用户名或密码错误");
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    // --- issue 9: closed by default ---------------------------------------------------------------------------------

    /** Non-canonical paths never reach a servlet: 400 before anything else, for anonymous callers and ADMIN alike. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "//engine-rest/engine",
                "/./engine-rest/engine",
                "/%65ngine-rest/engine",
                "/engine-rest;x/engine",
                "/engine-rest//engine",
                "/engine-rest/%2e%2e/api/me",
                "/api/../engine-rest/engine",
                "/api%2fme",
                "/api/me;jsessionid=x",
                "/%61pi/me"
            })
    void nonCanonicalPathsAre400(String path) {
        for (ApiClient client : new ApiClient[] {anonymous(), as("admin")}) {
            ApiClient.Response response = client.get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(400);
            // Tomcat itself refuses an encoded slash (its own page); everything else is our problem detail
            if (!path.contains("%2f")) {
                assertThat(response.json().get("status").asInt()).isEqualTo(400);
            }
        }
    }

    @Test
    void anythingNotExplicitlyOpenNeedsSignIn() {
        assertThat(anonymous().get("/anything-else").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator").status()).isEqualTo(401);
        assertThat(anonymous().get("/camunda/api/engine/engine/").status()).isEqualTo(401);
        // the sign-in page and its files stay open
        assertThat(anonymous().get("/").status()).isEqualTo(200);
        assertThat(anonymous().get("/app/main.js").status()).isEqualTo(200);
        assertThat(anonymous()
                        .get("/webjars/vue/3.5.26/dist/vue.global.prod.js")
                        .status())
                .isEqualTo(200);
    }

    /** ADMIN reads the engine; deploying, creating users or authorizations and Camunda's own set-up are refused. */
    @Test
    void adminCannotDeployOrGrantThroughTheEngine() {
        ApiClient admin = as("admin");
        ApiClient.Response deploy = Multipart.post(
                admin,
                "/engine-rest/deployment/create",
                "evil.bpmn",
                EVIL_BPMN.getBytes(StandardCharsets.UTF_8),
                "deployment-name",
                "evil");
        assertThat(deploy.status()).as(deploy.toString()).isEqualTo(403);
        assertThat(admin.get("/engine-rest/process-definition?key=evil").json()).isEmpty();

        ApiClient.Response user = admin.post(
                "/engine-rest/user/create",
                "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"x12345678x\"}}");
        assertThat(user.status()).isEqualTo(403);
        ApiClient.Response grant = admin.post(
                "/engine-rest/authorization/create",
                "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"admin\", \"resourceType\": 6, "
                        + "\"resourceId\": \"*\"}");
        assertThat(grant.status()).isEqualTo(403);
        assertThat(admin.post("/engine-rest/group/camunda-admin/members/admin", "")
                        .status())
                .isIn(403, 405);
        assertThat(admin.post("/camunda/api/admin/setup/default/user/create", "{}")
                        .status())
                .isEqualTo(403);
        // reading works, in the REST API and in Cockpit's
        assertThat(admin.get("/engine-rest/process-definition").status()).isEqualTo(200);
        assertThat(admin.get("/engine-rest/history/process-instance?maxResults=1")
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/camunda/api/engine/engine/default/process-definition")
                        .status())
                .isEqualTo(200);
        // each attempt is in the audit log with its answer
        assertThat(admin.get("/api/audit/events?type=ENGINE_ACTION&actor=admin&size=50")
                        .body())
                .contains("/engine-rest/deployment/create")
                .contains("\"status\":\"403\"");
    }

    @Test
    void theOperatorRoleNeedsTheBreakGlassSwitch() {
        ApiClient.Response refused = as("admin")
                .post(
                        "/api/admin/users",
                        "{\"username\": \"operator-x\", \"displayName\": \"x\", \"role\": \"OPERATOR\", "
                                + "\"password\": \"operator-pass-2026\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("role");
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-eval';")
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline");
        // the page's nonce for run-time styles is the one of its own policy, and changes per response
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).contains("<meta name=\"csp-nonce\" content=\"" + nonce.group(1) + "\">");
        assertThat(anonymous().get("/").body()).doesNotContain(nonce.group(1));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    /** Behind the TLS proxy (X-Forwarded-Proto: https from the trusted local proxy) every cookie is Secure. */
    @Test
    void cookiesAreSecureBehindHttps() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(xsrf).contains("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
        HttpResponse<String> login = http.send(
                form(base + "/api/login", "username=branch01&password=demo")
                        .header("X-Forwarded-Proto", "https")
                        .header("Cookie", "XSRF-TOKEN=" + token)
                        .header("X-XSRF-TOKEN", token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(204);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c ->
                        assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        // over plain HTTP the cookies are not Secure (the browser would drop them)
        HttpResponse<String> plainLogin = new SessionClient(port, null).signIn("branch01", "demo");
        assertThat(plainLogin.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").doesNotContain("Secure"));
    }

    /** Only real HTTP Basic credentials skip the CSRF check; a session with any other Authorization header does not. */
    @Test
    void csrfIsSkippedOnlyForHttpBasic() {
        SessionClient browser = new SessionClient(port, null);
        assertThat(browser.signIn("branch01", "demo").statusCode()).isEqualTo(204);
        for (String header : List.of("Bearer junk", "Basic", "Basic !!!", "Digest x")) {
            HttpResponse<String> forged = browser.send(browser.request("/api/scoring/preview")
                    .header("Authorization", header)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"findings\": []}")));
            assertThat(forged.statusCode()).as(header).isEqualTo(403);
        }
        HttpResponse<String> withToken = browser.write("POST", "/api/scoring/preview", "{\"findings\": []}");
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(as("branch01")
                        .post("/api/scoring/preview", "{\"findings\": []}")
                        .status())
                .isEqualTo(200);
    }

    private static final String EVIL_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
              <process id="evil" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="s"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <serviceTask id="t" camunda:expression="${dataSource.getConnection()}"/>
                <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
                <endEvent id="e"/>
              </process>
            </definitions>
            """;
}
