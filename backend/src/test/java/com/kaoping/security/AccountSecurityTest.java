package com.kaoping.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.org.UserDirectory;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.SessionClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts and sessions (docs/security.md): sessions follow the account, sign-in throttling, the password policy,
 * the first-sign-in password change and the security audit log. Each test works on accounts of its own (removed
 * afterwards) and, for throttling, on client addresses of its own (X-Forwarded-For from the trusted local proxy).
 */
class AccountSecurityTest extends MariaDbIntegrationTest {

    private static final String FIRST = "erste-passwort-2026";
    private static final String OWN = "my-own-passphrase-2026";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    UserDirectory directory;

    private final List<String> users = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    @AfterEach
    void removeAccountsAndLocks() {
        for (String username : users) {
            jdbc.update("DELETE FROM kp_sign_in_throttle WHERE subject = ?", username);
            jdbc.update("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", username);
            jdbc.update("DELETE FROM kp_user WHERE username = ?", username);
            if (identity.createUserQuery().userId(username).singleResult() != null) {
                identity.deleteUser(username);
            }
        }
        addresses.forEach(a -> jdbc.update("DELETE FROM kp_sign_in_throttle WHERE subject = ?", a));
    }

    // --- sessions follow the account -------------------------------------------------------------------------------

    @Test
    void aDisabledUsersNextRequestIs401OnEverySession() {
        String user = readyUser("BRANCH");
        SessionClient browser = new SessionClient(port, null);
        assertThat(browser.signIn(user, OWN).statusCode()).isEqualTo(204);
        SessionClient secondBrowser = new SessionClient(port, null);
        assertThat(secondBrowser.signIn(user, OWN).statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(user)).isEqualTo(2);

        assertThat(put(as("admin"), "/api/admin/users/" + user, "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        // the rows are gone from the shared table at once: every node sees it
        assertThat(sessionsOf(user)).isZero();
        assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(401);
        assertThat(secondBrowser.write("PUT", "/api/tasks/any/draft", "{}").statusCode())
                .isEqualTo(401);

        // enabled again, the old sessions stay ended
        put(as("admin"), "/api/admin/users/" + user, "{\"enabled\": true}");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aNewPasswordOrRoleEndsTheSessions() {
        String user = readyUser("BRANCH");
        SessionClient browser = new SessionClient(port, null);
        assertThat(browser.signIn(user, OWN).statusCode()).isEqualTo(204);
        assertThat(put(as("admin"), "/api/admin/users/" + user, "{\"password\": \"set-by-the-admin-2026\"}")
                        .status())
                .isEqualTo(200);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);

        SessionClient again = new SessionClient(port, null);
        assertThat(again.signIn(user, "set-by-the-admin-2026").statusCode()).isEqualTo(204);
        assertThat(put(as("admin"), "/api/admin/users/" + user, "{\"role\": \"LEADER\"}")
                        .status())
                .isEqualTo(200);
        assertThat(again.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeAndWhenIdle() {
        String user = readyUser("BRANCH");
        SessionClient browser = new SessionClient(port, null);
        browser.signIn(user, OWN);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        // idle timeout: 30 minutes by default
        assertThat(jdbc.queryForObject(
                        "SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                        Integer.class,
                        user))
                .isEqualTo(1800);
        // 13 hours old, though used a moment ago: past the 12-hour absolute lifetime
        long thirteenHoursAgo = System.currentTimeMillis() - 13 * 3600 * 1000L;
        jdbc.update("UPDATE SPRING_SESSION SET CREATION_TIME = ? WHERE PRINCIPAL_NAME = ?", thirteenHoursAgo, user);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);

        SessionClient idle = new SessionClient(port, null);
        idle.signIn(user, OWN);
        assertThat(idle.get("/api/me").statusCode()).isEqualTo(200);
        long past = System.currentTimeMillis() - 31 * 60 * 1000L;
        jdbc.update(
                "UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE PRINCIPAL_NAME = ?",
                past,
                past + 1000,
                user);
        assertThat(idle.get("/api/me").statusCode()).isEqualTo(401);
    }

    // --- first sign-in and one's own password ----------------------------------------------------------------------

    @Test
    void anAccountSetUpByTheAdministratorMustChooseItsOwnPasswordFirst() {
        String user = createUser("BRANCH");
        SessionClient browser = new SessionClient(port, null);
        assertThat(browser.signIn(user, FIRST).statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/me").body()).contains("\"mustChangePassword\":true");
        HttpResponse<String> tasks = browser.get("/api/tasks");
        assertThat(tasks.statusCode()).isEqualTo(403);
        assertThat(tasks.body()).contains("PASSWORD_CHANGE_REQUIRED");

        // the wrong current password, a common one, one with the user name: refused, naming the field
        assertThat(changePassword(browser, "wrong-current-pass", OWN)).contains("currentPassword");
        assertThat(changePassword(browser, FIRST, "password")).contains("\"field\":\"newPassword\"");
        assertThat(changePassword(browser, FIRST, "prefix-" + user + "-suffix")).contains("newPassword");

        HttpResponse<String> changed = browser.write(
                "POST", "/api/account/password", json(Map.of("currentPassword", FIRST, "newPassword", OWN)));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        // every session ends with the change: sign in again with the new password
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(as(user, FIRST).get("/api/me").status()).isEqualTo(401);
        SessionClient again = new SessionClient(port, null);
        assertThat(again.signIn(user, OWN).statusCode()).isEqualTo(204);
        assertThat(again.get("/api/me").body()).contains("\"mustChangePassword\":false");
        assertThat(again.get("/api/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void weakPasswordsAreRefusedAndLongOnesOfAnyScriptWork() {
        String username = "pw-" + suffix();
        users.add(username);
        for (String weak : List.of("password", "12345678", "            ", "short-pass", "passwordpassword")) {
            ApiClient.Response refused = as("admin").post("/api/admin/users", userForm(username, "BRANCH", weak));
            assertThat(refused.status()).as(weak + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("field").asText()).isEqualTo("password");
        }
        ApiClient.Response withName =
                as("admin").post("/api/admin/users", userForm(username, "BRANCH", "x" + username + "-2026-long"));
        assertThat(withName.status()).isEqualTo(400);

        // 64 Chinese characters are 192 bytes in UTF-8, far beyond BCrypt's 72: every character counts
        String passphrase = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少".repeat(4).substring(0, 64);
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        ApiClient.Response created = as("admin").post("/api/admin/users", userForm(username, "BRANCH", passphrase));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(directory.findCredentials(username).orElseThrow().passwordHash())
                .startsWith("{argon2}");
        assertThat(as(username, passphrase).get("/api/me").status()).isEqualTo(200);
        // the same first 24 characters (72 bytes) with a different end: refused, unlike with BCrypt
        String samePrefix = passphrase.substring(0, 24) + "x".repeat(40);
        assertThat(as(username, samePrefix).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anOldBcryptHashStillWorksAndIsUpgraded() {
        String username = "legacy-" + suffix();
        users.add(username);
        String password = "legacy-password-2019";
        jdbc.update(
                "INSERT INTO kp_user (username, password_hash, display_name, role, branch_code, enabled) "
                        + "VALUES (?, ?, ?, 'BRANCH', 'B01', TRUE)",
                username,
                new BCryptPasswordEncoder().encode(password),
                "旧账号");
        assertThat(directory.findCredentials(username).orElseThrow().passwordHash())
                .startsWith("$2");
        assertThat(as(username, password).get("/api/me").status()).isEqualTo(200);
        assertThat(directory.findCredentials(username).orElseThrow().passwordHash())
                .startsWith("{argon2}");
        assertThat(as(username, password).get("/api/me").status()).isEqualTo(200);
    }

    // --- sign-in throttling ----------------------------------------------------------------------------------------

    @Test
    void theSixthWrongPasswordIs429AndTheAdministratorUnlocks() {
        String user = readyUser("BRANCH");
        String address = address();
        for (int i = 1; i <= 5; i++) {
            assertThat(basic(user, "wrong-" + i, address).statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
        }
        HttpResponse<String> sixth = basic(user, "wrong-6", address);
        assertThat(sixth.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(800L, 900L);
        // locked: even the right password, from any address, by the form too
        assertThat(basic(user, OWN, address()).statusCode()).isEqualTo(429);
        assertThat(new SessionClient(port, address()).signIn(user, OWN).statusCode())
                .isEqualTo(429);

        JsonNode locks = as("admin").get("/api/admin/sign-in-locks").json();
        assertThat(find(locks, "ACCOUNT", user).get("locked").asBoolean()).isTrue();
        assertThat(as("branch01").get("/api/admin/sign-in-locks").status()).isEqualTo(403);
        assertThat(as("branch01")
                        .send(as("branch01")
                                .request("/api/admin/sign-in-locks?kind=ACCOUNT&subject=" + user)
                                .DELETE())
                        .status())
                .isEqualTo(403);

        ApiClient admin = as("admin");
        assertThat(admin.send(admin.request("/api/admin/sign-in-locks?kind=ACCOUNT&subject=" + user)
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(basic(user, OWN, address()).statusCode()).isEqualTo(200);

        JsonNode audit =
                admin.get("/api/audit/events?type=SIGN_IN_LOCKED&size=200").json();
        assertThat(audit.get("events").findValuesAsText("target")).contains(user);
        assertThat(admin.get("/api/audit/events?type=SIGN_IN_UNLOCKED&actor=admin")
                        .json()
                        .get("events")
                        .findValuesAsText("target"))
                .contains(user);
        assertThat(admin.get("/api/audit/events?type=SIGN_IN_FAILED&size=200")
                        .json()
                        .get("events")
                        .findValuesAsText("target"))
                .contains(user);
    }

    /**
     * Failed sign-ins slow down and then lock (kaoping.sign-in.delays: 0, 0, 250 ms, 500 ms, 1 s): the server answers
     * the 3rd, 4th and 5th wrong password only after their pauses, then locks. Lower bounds only — a pause never ends
     * early — so a busy machine cannot make this fail; on a very busy one a wrong password alone can take half a
     * second (Argon2), which is why the 5th's full second is asserted too. The exact pause each failure asks for is
     * SignInDelayTest's.
     */
    @Test
    void failedSignInsSlowDownBeforeTheLock() {
        String user = readyUser("BRANCH");
        String address = address();
        long[] millis = new long[6];
        for (int i = 1; i <= 5; i++) {
            long start = System.nanoTime();
            assertThat(basic(user, "wrong-" + i, address).statusCode())
                    .as("failure " + i)
                    .isEqualTo(401);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        assertThat(millis[3]).as("the 3rd failure, in ms").isGreaterThanOrEqualTo(250);
        assertThat(millis[4]).as("the 4th failure, in ms").isGreaterThanOrEqualTo(500);
        assertThat(millis[5]).as("the 5th failure, in ms").isGreaterThanOrEqualTo(1000);
        assertThat(millis[3] + millis[4] + millis[5]).isGreaterThanOrEqualTo(1750);
        // then locked: refused before the password is checked
        assertThat(basic(user, OWN, address).statusCode()).isEqualTo(429);
    }

    @Test
    void oneAddressTryingManyAccountsIsLocked() {
        String address = address();
        for (int i = 0; i < 20; i++) {
            String nobody = "nobody-" + suffix();
            users.add(nobody);
            assertThat(basic(nobody, "guess", address).statusCode()).isEqualTo(401);
        }
        // the address is locked, for a real account with its right password too; other addresses are not
        assertThat(basic("leader", "demo", address).statusCode()).isEqualTo(429);
        assertThat(basic("leader", "demo", address()).statusCode()).isEqualTo(200);
        ApiClient admin = as("admin");
        assertThat(find(admin.get("/api/admin/sign-in-locks").json(), "ADDRESS", address)
                        .get("locked")
                        .asBoolean())
                .isTrue();
        assertThat(admin.send(admin.request("/api/admin/sign-in-locks?kind=ADDRESS&subject=" + address)
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(basic("leader", "demo", address).statusCode()).isEqualTo(200);
    }

    // --- the audit log ---------------------------------------------------------------------------------------------

    @Test
    void theAuditLogRecordsSignInsAndAccountChangesForAdministratorsOnly() {
        String user = readyUser("BRANCH");
        new SessionClient(port, null).signIn(user, OWN);
        put(as("admin"), "/api/admin/users/" + user, "{\"role\": \"REVIEWER\", \"department\": \"PUB\"}");

        ApiClient admin = as("admin");
        JsonNode signIns =
                admin.get("/api/audit/events?type=SIGN_IN&actor=" + user).json();
        assertThat(signIns.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode created = admin.get("/api/audit/events?type=USER_CREATED&actor=admin&size=200")
                .json();
        assertThat(created.get("events").findValuesAsText("target")).contains(user);
        JsonNode changed =
                admin.get("/api/audit/events?type=USER_CHANGED&size=200").json();
        JsonNode change = null;
        for (JsonNode event : changed.get("events")) {
            if (event.get("target").asText().equals(user)) {
                change = event;
                break;
            }
        }
        assertThat(change).isNotNull();
        assertThat(change.get("actor").asText()).isEqualTo("admin");
        assertThat(change.get("details").get("role").asText()).isEqualTo("BRANCH -> REVIEWER");
        assertThat(admin.get("/api/audit/events?type=PASSWORD_CHANGED&actor=" + user)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        // paging, newest first
        JsonNode page = admin.get("/api/audit/events?page=0&size=2").json();
        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("events").get(0).get("id").asLong())
                .isGreaterThan(page.get("events").get(1).get("id").asLong());
        assertThat(admin.get("/api/audit/events?size=0").json().get("field").asText())
                .isEqualTo("size");

        for (String other : List.of("branch01", "reviewer-org", "leader")) {
            assertThat(as(other).get("/api/audit/events").status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/audit/events").status()).isEqualTo(401);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A new user of the role, created by the administrator, who has already chosen its own password {@link #OWN}. */
    private String readyUser(String role) {
        String user = createUser(role);
        SessionClient browser = new SessionClient(port, null);
        assertThat(browser.signIn(user, FIRST).statusCode()).isEqualTo(204);
        HttpResponse<String> changed = browser.write(
                "POST", "/api/account/password", json(Map.of("currentPassword", FIRST, "newPassword", OWN)));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return user;
    }

    private String createUser(String role) {
        String username = "sec-" + suffix();
        users.add(username);
        ApiClient.Response created = as("admin").post("/api/admin/users", userForm(username, role, FIRST));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static Map<String, String> userForm(String username, String role, String password) {
        return Map.of("username", username, "displayName", "安全测试", "role", role, "branch", "B01", "password", password);
    }

    private String changePassword(SessionClient browser, String current, String next) {
        HttpResponse<String> response = browser.write(
                "POST", "/api/account/password", json(Map.of("currentPassword", current, "newPassword", next)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return response.body();
    }

    private HttpResponse<String> basic(String user, String password, String address) {
        SessionClient client = new SessionClient(port, address);
        String credentials =
                java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("/api/me").header("Authorization", "Basic " + credentials));
    }

    /** A client address of this test's own (TEST-NET-2), forgotten afterwards. */
    private String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
        addresses.add(address);
        return address;
    }

    private int sessionsOf(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class, user);
    }

    private static JsonNode find(JsonNode locks, String kind, String subject) {
        for (JsonNode lock : locks) {
            if (lock.get("kind").asText().equals(kind)
                    && lock.get("subject").asText().equals(subject)) {
                return lock;
            }
        }
        throw new AssertionError("no " + kind + " " + subject + " in " + locks);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static ApiClient.Response put(ApiClient client, String path, String json) {
        return client.send(client.request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }
}
