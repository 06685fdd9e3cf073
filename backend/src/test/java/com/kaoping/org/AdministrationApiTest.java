package com.kaoping.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /api/admin/**: organisation units, branches, users (mirrored into Camunda) and indicator ownership. */
class AdministrationApiTest extends MariaDbIntegrationTest {

    private static final String PASSWORD = "s3cret-pass-2026";

    @Autowired
    IdentityService identity;

    @Autowired
    IndicatorOwnership owners;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousIs401() {
        for (String path : List.of(
                "/api/admin/org-units", "/api/admin/branches", "/api/admin/users", "/api/admin/indicator-owners")) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous()
                        .post("/api/admin/branches", Map.of("code", "ZZ", "name", "x"))
                        .status())
                .isEqualTo(401);
        assertThat(put(anonymous(), "/api/admin/indicator-owners", "[]").status())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"branch01", "reviewer-org", "leader"})
    void everyOtherRoleIs403(String user) {
        ApiClient client = as(user);
        for (String path : List.of(
                "/api/admin/org-units", "/api/admin/branches", "/api/admin/users", "/api/admin/indicator-owners")) {
            assertThat(client.get(path).status()).as(user + " GET " + path).isEqualTo(403);
        }
        assertThat(client.post("/api/admin/branches", Map.of("code", "ZZ", "name", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(put(client, "/api/admin/branches/B01", "{\"active\": false}").status())
                .isEqualTo(403);
        assertThat(client.post(
                                "/api/admin/users",
                                Map.of(
                                        "username",
                                        "intruder",
                                        "displayName",
                                        "x",
                                        "role",
                                        "ADMIN",
                                        "password",
                                        "12345678"))
                        .status())
                .isEqualTo(403);
        assertThat(put(client, "/api/admin/users/" + user, "{\"role\": \"ADMIN\"}")
                        .status())
                .isEqualTo(403);
        assertThat(put(client, "/api/admin/indicator-owners", "[{\"indicator\": \"党的领导\", \"department\": \"PUB\"}]")
                        .status())
                .isEqualTo(403);
        assertThat(directory.findByUsername("intruder")).isEmpty();
        assertThat(as("branch01").get("/api/me").json().get("role").asText()).isEqualTo("BRANCH");
        assertThat(as("admin").get("/api/admin/branches").json().toString()).doesNotContain("\"ZZ\"");
        assertThat(owners.assignments().getOrDefault("党的领导", "ORG")).isEqualTo("ORG");
    }

    @Test
    void adminListsTheOrganisation() {
        JsonNode units = as("admin").get("/api/admin/org-units").json();
        assertThat(units.findValuesAsText("code")).contains("ORG", "PUB", "DISC", "PROD", "SEC", "UNION", "LEAD");
        assertThat(units.toString()).contains("\"kind\":\"LEADERSHIP\"");
        assertThat(as("admin").get("/api/admin/branches").json().findValuesAsText("code"))
                .contains("B01", "B08");
        JsonNode users = as("admin").get("/api/admin/users").json();
        assertThat(users.findValuesAsText("username")).contains("admin", "leader", "reviewer-org", "branch01");
        assertThat(users.toString()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    void aNewBranchAndUserCanSignInAndFollowTheirRoleInCamunda() {
        String code = uniqueCode();
        String username = "clerk-" + code.toLowerCase();
        try {
            ApiClient.Response branch = as("admin").post("/api/admin/branches", Map.of("code", code, "name", "测试党总支"));
            assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
            assertThat(branch.json().get("active").asBoolean()).isTrue();

            ApiClient.Response created = as("admin")
                    .post(
                            "/api/admin/users",
                            Map.of(
                                    "username",
                                    username,
                                    "displayName",
                                    "测试填报人",
                                    "role",
                                    "BRANCH",
                                    "branch",
                                    code,
                                    "password",
                                    PASSWORD));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().get("branch").asText()).isEqualTo(code);
            // Argon2id, and the administrator's password must be replaced at the first sign-in
            assertThat(directory.findCredentials(username).orElseThrow().passwordHash())
                    .startsWith("{argon2}");
            assertThat(directory.findCredentials(username).orElseThrow().mustChangePassword())
                    .isTrue();

            JsonNode me = as(username, PASSWORD).get("/api/me").json();
            assertThat(me.get("role").asText()).isEqualTo("BRANCH");
            assertThat(me.get("branch").asText()).isEqualTo(code);
            assertThat(groupsOf(username)).containsExactly(CandidateGroups.branch(code));
            assertThat(identity.createUserQuery()
                            .userId(username)
                            .singleResult()
                            .getFirstName())
                    .isEqualTo("测试填报人");

            // a new role moves the Camunda memberships with it
            ApiClient.Response reviewer = put(
                    as("admin"),
                    "/api/admin/users/" + username,
                    "{\"role\": \"REVIEWER\", \"department\": \"PUB\", \"displayName\": \"宣传审核\"}");
            assertThat(reviewer.status()).as(reviewer.toString()).isEqualTo(200);
            assertThat(reviewer.json().get("department").asText()).isEqualTo("PUB");
            assertThat(reviewer.json().get("branch").isNull()).isTrue();
            assertThat(groupsOf(username)).containsExactly(CandidateGroups.department("PUB"));
            assertThat(as(username, PASSWORD)
                            .get("/api/me")
                            .json()
                            .get("department")
                            .asText())
                    .isEqualTo("PUB");

            ApiClient.Response leader = put(as("admin"), "/api/admin/users/" + username, "{\"role\": \"LEADER\"}");
            assertThat(leader.json().get("department").asText()).isEqualTo("LEAD");
            assertThat(groupsOf(username)).containsExactly(CandidateGroups.LEADERS);

            // a new password replaces the old one
            assertThat(put(as("admin"), "/api/admin/users/" + username, "{\"password\": \"another-pass-2026\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(as(username, PASSWORD).get("/api/me").status()).isEqualTo(401);
            assertThat(as(username, "another-pass-2026").get("/api/me").status())
                    .isEqualTo(200);

            // disabled: no sign-in, no Camunda group
            assertThat(put(as("admin"), "/api/admin/users/" + username, "{\"enabled\": false}")
                            .json()
                            .get("enabled")
                            .asBoolean())
                    .isFalse();
            assertThat(as(username, "another-pass-2026").get("/api/me").status())
                    .isEqualTo(401);
            assertThat(groupsOf(username)).isEmpty();

            // the branch is renamed and deactivated
            ApiClient.Response renamed =
                    put(as("admin"), "/api/admin/branches/" + code, "{\"name\": \"改名党总支\", \"active\": false}");
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            assertThat(renamed.json().get("name").asText()).isEqualTo("改名党总支");
            assertThat(renamed.json().get("active").asBoolean()).isFalse();
        } finally {
            removeUser(username);
            removeBranch(code);
        }
    }

    @Test
    void badInputNamesTheField() {
        ApiClient admin = as("admin");
        assertField(admin.post("/api/admin/branches", Map.of("code", "b9", "name", "x")), "code");
        assertField(admin.post("/api/admin/branches", Map.of("code", "TOOLONGCODE123456", "name", "x")), "code");
        assertField(admin.post("/api/admin/branches", Map.of("code", uniqueCode(), "name", " ")), "name");
        assertField(put(admin, "/api/admin/branches/B01", "{\"name\": \"\"}"), "name");
        assertField(put(admin, "/api/admin/branches/B01", "{\"active\": \"maybe\"}"), "active");

        String username = "new-" + uniqueCode().toLowerCase();
        assertField(admin.post("/api/admin/users", user("ab", "BRANCH", "B01", null, PASSWORD)), "username");
        assertField(admin.post("/api/admin/users", user("bad name!", "BRANCH", "B01", null, PASSWORD)), "username");
        assertField(
                admin.post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "",
                                "role",
                                "BRANCH",
                                "branch",
                                "B01",
                                "password",
                                PASSWORD)),
                "displayName");
        assertField(admin.post("/api/admin/users", user(username, "KING", null, null, PASSWORD)), "role");
        assertField(admin.post("/api/admin/users", user(username, "BRANCH", "B01", null, "short")), "password");
        assertField(admin.post("/api/admin/users", user(username, "BRANCH", "NOPE", null, PASSWORD)), "branch");
        assertField(admin.post("/api/admin/users", user(username, "BRANCH", null, null, PASSWORD)), "branch");
        assertField(admin.post("/api/admin/users", user(username, "REVIEWER", null, "LEAD", PASSWORD)), "department");
        assertField(admin.post("/api/admin/users", user(username, "REVIEWER", null, null, PASSWORD)), "department");
        assertField(put(admin, "/api/admin/users/branch01", "{\"password\": \"1234567\"}"), "password");
        assertField(
                put(admin, "/api/admin/users/branch01", "{\"role\": \"REVIEWER\", \"department\": \"NOPE\"}"),
                "department");
        assertThat(directory.findByUsername(username)).isEmpty();
        assertThat(directory.findByUsername("branch01").orElseThrow().role()).isEqualTo(Role.BRANCH);

        assertField(
                put(admin, "/api/admin/indicator-owners", "[{\"indicator\": \"不存在的指标\", \"department\": \"ORG\"}]"),
                "[0].indicator");
        assertField(
                put(
                        admin,
                        "/api/admin/indicator-owners",
                        "[{\"indicator\": \"党的领导\", \"department\": \"ORG\"}, {\"indicator\": \"组织工作\", \"department\": \"LEAD\"}]"),
                "[1].department");
        assertThat(owners.assignments().getOrDefault("组织工作", "ORG")).isEqualTo("ORG");

        assertThat(put(admin, "/api/admin/users/nobody-here", "{\"enabled\": false}")
                        .status())
                .isEqualTo(404);
        assertThat(put(admin, "/api/admin/branches/NOPE", "{\"active\": false}").status())
                .isEqualTo(404);
    }

    @Test
    void duplicatesAre409() {
        assertThat(as("admin")
                        .post("/api/admin/branches", Map.of("code", "B01", "name", "重复"))
                        .status())
                .isEqualTo(409);
        assertThat(as("admin")
                        .post("/api/admin/users", user("branch01", "BRANCH", "B02", null, PASSWORD))
                        .status())
                .isEqualTo(409);
        assertThat(directory.findByUsername("branch01").orElseThrow().branchCode())
                .isEqualTo("B01");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        ApiClient.Response response = put(as("admin"), "/api/admin/users/admin", "{\"enabled\": false}");
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(put(as("admin"), "/api/admin/users/admin", "{\"role\": \"LEADER\"}")
                        .status())
                .isEqualTo(409);
        assertThat(as("admin").get("/api/me").json().get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void anAssignmentOverridesTheStandardsDefaultOwner() {
        assertThat(owners.assignments().getOrDefault("思想政治工作", "PUB")).isEqualTo("PUB");
        long before = newestAuditEvent();
        try {
            ApiClient.Response saved = put(
                    as("admin"),
                    "/api/admin/indicator-owners",
                    "[{\"indicator\": \"思想政治工作\", \"department\": \"ORG\"}]");
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(owners.assignments().getOrDefault("思想政治工作", "PUB")).isEqualTo("ORG");
            JsonNode entry =
                    entryOf(as("admin").get("/api/admin/indicator-owners").json(), "思想政治工作");
            assertThat(entry.get("department").asText()).isEqualTo("ORG");
            assertThat(entry.get("standardDefault").asText()).isEqualTo("PUB");
            assertThat(entry.get("configured").asBoolean()).isTrue();
            // the same again changes nothing, and records nothing
            assertThat(put(
                                    as("admin"),
                                    "/api/admin/indicator-owners",
                                    "[{\"indicator\": \"思想政治工作\", \"department\": \"ORG\"}]")
                            .status())
                    .isEqualTo(200);

            // no department: back to the standard's default
            assertThat(put(
                                    as("admin"),
                                    "/api/admin/indicator-owners",
                                    "[{\"indicator\": \"思想政治工作\", \"department\": null}]")
                            .status())
                    .isEqualTo(200);
            assertThat(owners.assignments().getOrDefault("思想政治工作", "PUB")).isEqualTo("PUB");
            assertThat(owners.assignments()).doesNotContainKey("思想政治工作");

            // the security audit log (docs/security.md §6), as an administrator reads it: both changes, newest first
            List<JsonNode> changes = new java.util.ArrayList<>();
            as("admin")
                    .get("/api/audit/events?type=OWNERSHIP_CHANGED&actor=admin&size=200")
                    .json()
                    .get("events")
                    .forEach(e -> {
                        if (e.get("id").asLong() > before
                                && e.get("target").asText().equals("思想政治工作")) {
                            changes.add(e);
                        }
                    });
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0).get("details").get("from").asText()).isEqualTo("ORG");
            assertThat(changes.get(0).get("details").get("to").asText()).isEqualTo("null");
            // from the assignment migration V5 made of the standard's default
            assertThat(changes.get(1).get("details").get("from").asText()).isEqualTo("PUB");
            assertThat(changes.get(1).get("details").get("to").asText()).isEqualTo("ORG");
        } finally {
            // as found: no assignment, the standard's default applies
            put(as("admin"), "/api/admin/indicator-owners", "[{\"indicator\": \"思想政治工作\", \"department\": null}]");
        }
        assertThat(as("admin").get("/api/admin/indicator-owners").json()).hasSize(8);
    }

    /** The id of the newest entry of the security audit log, 0 when empty. */
    private long newestAuditEvent() {
        JsonNode events = as("admin").get("/api/audit/events?size=1").json().get("events");
        return events.isEmpty() ? 0 : events.get(0).get("id").asLong();
    }

    private static JsonNode entryOf(JsonNode list, String indicator) {
        for (JsonNode entry : list) {
            if (entry.get("indicator").asText().equals(indicator)) {
                return entry;
            }
        }
        throw new AssertionError(indicator + " not in " + list);
    }

    private static Map<String, Object> user(
            String username, String role, String branch, String department, String password) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试");
        body.put("role", role);
        body.put("branch", branch);
        body.put("department", department);
        body.put("password", password);
        return body;
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asText())
                .as(response.toString())
                .isEqualTo(field);
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
    }

    static ApiClient.Response put(ApiClient client, String path, String json) {
        return client.send(client.request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static String uniqueCode() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private void removeUser(String username) {
        jdbc.update("DELETE FROM kp_user WHERE username = ?", username);
        if (identity.createUserQuery().userId(username).singleResult() != null) {
            identity.deleteUser(username);
        }
    }

    private void removeBranch(String code) {
        jdbc.update("DELETE FROM kp_branch WHERE code = ?", code);
        if (identity.createGroupQuery().groupId(CandidateGroups.branch(code)).singleResult() != null) {
            identity.deleteGroup(CandidateGroups.branch(code));
        }
    }
}
