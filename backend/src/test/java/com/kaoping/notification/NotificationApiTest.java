package com.kaoping.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.web.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications are written inside the caller's transaction and read and marked only by their owner. */
class NotificationApiTest extends MariaDbIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    UserDirectory directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnerSeesItsNotificationsNewestFirstAndNobodyElseDoes() {
        String marker = marker();
        inTransaction(() -> {
            notifications.toUser("branch01", Kind.ASSIGNED, Text.verbatim(marker + " first"), 42L, "task-1");
            notifications.toUser("branch01", Kind.RETURNED, Text.verbatim(marker + " second"), null, null);
        });

        List<JsonNode> mine =
                withMarker(as("branch01").get("/api/notifications").json(), marker);
        assertThat(mine)
                .extracting(n -> n.get("message").asText())
                .containsExactly(marker + " second", marker + " first");
        JsonNode first = mine.get(1);
        assertThat(first.get("kind").asText()).isEqualTo("ASSIGNED");
        assertThat(first.get("assessmentId").asLong()).isEqualTo(42);
        assertThat(first.get("taskId").asText()).isEqualTo("task-1");
        assertThat(first.get("read").asBoolean()).isFalse();
        assertThat(first.get("readAt").isNull()).isTrue();
        assertThat(first.get("createdAt").asText()).isNotBlank();
        assertThat(mine.get(0).get("assessmentId").isNull()).isTrue();

        assertThat(withMarker(as("branch02").get("/api/notifications").json(), marker))
                .isEmpty();
        assertThat(withMarker(as("leader").get("/api/notifications").json(), marker))
                .isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoNotification() {
        String marker = marker();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.toUser("branch01", Kind.ASSIGNED, Text.verbatim(marker), null, null);
            notifications.toGroup(CandidateGroups.LEADERS, Kind.ASSIGNED, Text.verbatim(marker), null, null);
            status.setRollbackOnly();
        });
        assertThat(withMarker(as("branch01").get("/api/notifications").json(), marker))
                .isEmpty();
        assertThat(withMarker(as("leader").get("/api/notifications").json(), marker))
                .isEmpty();
    }

    @Test
    void onlyTheOwnerMarksANotificationRead() {
        String marker = marker();
        inTransaction(() -> notifications.toUser("branch01", Kind.REMINDER, Text.verbatim(marker), null, null));
        long id = withMarker(
                        as("branch01").get("/api/notifications?unread=true").json(), marker)
                .get(0)
                .get("id")
                .asLong();

        // another user's id looks exactly like one that does not exist
        assertThat(as("branch02").post("/api/notifications/" + id + "/read", "").status())
                .isEqualTo(404);
        assertThat(as("leader").post("/api/notifications/" + id + "/read", "").status())
                .isEqualTo(404);
        assertThat(as("branch01").post("/api/notifications/999999999/read", "").status())
                .isEqualTo(404);
        assertThat(withMarker(
                        as("branch01").get("/api/notifications?unread=true").json(), marker))
                .hasSize(1);

        assertThat(as("branch01").post("/api/notifications/" + id + "/read", "").status())
                .isEqualTo(204);
        assertThat(withMarker(
                        as("branch01").get("/api/notifications?unread=true").json(), marker))
                .isEmpty();
        JsonNode read = withMarker(as("branch01").get("/api/notifications").json(), marker)
                .get(0);
        assertThat(read.get("read").asBoolean()).isTrue();
        String readAt = read.get("readAt").asText();
        // marking again is harmless and keeps the first reading
        assertThat(as("branch01").post("/api/notifications/" + id + "/read", "").status())
                .isEqualTo(204);
        assertThat(withMarker(as("branch01").get("/api/notifications").json(), marker)
                        .get(0)
                        .get("readAt")
                        .asText())
                .isEqualTo(readAt);
    }

    @Test
    void readAllMarksOnlyTheCallersOwn() {
        String marker = marker();
        inTransaction(() -> {
            notifications.toUser("branch08", Kind.OVERDUE, Text.verbatim(marker + " a"), null, null);
            notifications.toUser("branch08", Kind.OVERDUE, Text.verbatim(marker + " b"), null, null);
            notifications.toUser("branch07", Kind.OVERDUE, Text.verbatim(marker + " other"), null, null);
        });
        var response = as("branch08").post("/api/notifications/read-all", "");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("marked").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(withMarker(
                        as("branch08").get("/api/notifications?unread=true").json(), marker))
                .isEmpty();
        assertThat(withMarker(as("branch08").get("/api/notifications").json(), marker))
                .hasSize(2);
        assertThat(withMarker(
                        as("branch07").get("/api/notifications?unread=true").json(), marker))
                .hasSize(1);
    }

    @Test
    void atMostOneHundredAreListed() {
        String marker = marker();
        inTransaction(() -> {
            for (int i = 0; i < 105; i++) {
                notifications.toUser("branch03", Kind.REMINDER, Text.verbatim(marker + " " + i), null, null);
            }
        });
        JsonNode all = as("branch03").get("/api/notifications").json();
        assertThat(all.size()).isEqualTo(100);
        assertThat(all.get(0).get("message").asText()).isEqualTo(marker + " 104");
    }

    @Test
    void aGroupNotificationReachesEveryEnabledMemberOfTheGroup() {
        String marker = marker();
        String second = "reviewer-org-" + marker.substring(0, 8);
        String disabled = "reviewer-org-off-" + marker.substring(0, 8);
        jdbc.update(
                "INSERT INTO kp_user (username, password_hash, display_name, role, org_unit_code, enabled) "
                        + "VALUES (?, 'x', 'second ORG reviewer', 'REVIEWER', 'ORG', TRUE)",
                second);
        jdbc.update(
                "INSERT INTO kp_user (username, password_hash, display_name, role, org_unit_code, enabled) "
                        + "VALUES (?, 'x', 'disabled ORG reviewer', 'REVIEWER', 'ORG', FALSE)",
                disabled);
        try {
            assertThat(directory.membersOf("deptORG"))
                    .extracting(UserAccount::username)
                    .contains("reviewer-org", second)
                    .doesNotContain(disabled, "reviewer-pub");

            inTransaction(() -> notifications.toGroup("deptORG", Kind.ASSIGNED, Text.verbatim(marker), 7L, "task-7"));

            List<String> reached = jdbc.queryForList(
                    "SELECT username FROM kp_notification WHERE message = ? ORDER BY username", String.class, marker);
            assertThat(reached).containsExactly("reviewer-org", second);
            assertThat(withMarker(as("reviewer-org").get("/api/notifications").json(), marker))
                    .hasSize(1);
            assertThat(withMarker(as("reviewer-pub").get("/api/notifications").json(), marker))
                    .isEmpty();
        } finally {
            jdbc.update("DELETE FROM kp_notification WHERE message = ?", marker);
            jdbc.update("DELETE FROM kp_user WHERE username IN (?, ?)", second, disabled);
        }
    }

    @Test
    void membersOfAgreesWithTheGroupsOfEveryUser() {
        Set<String> groups = directory.listAll().stream()
                .flatMap(u -> CandidateGroups.of(u).stream())
                .collect(Collectors.toSet());
        for (String group : groups) {
            List<String> expected = directory.listAll().stream()
                    .filter(u -> u.enabled() && CandidateGroups.of(u).contains(group))
                    .map(UserAccount::username)
                    .toList();
            assertThat(directory.membersOf(group))
                    .as(group)
                    .extracting(UserAccount::username)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(directory.membersOf("deptNOPE")).isEmpty();
        assertThat(directory.membersOf("nonsense")).isEmpty();
        // notifying an empty group is no error: it must not fail the task completion that does it
        inTransaction(() -> notifications.toGroup("deptNOPE", Kind.ASSIGNED, Text.verbatim("nobody"), null, null));
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        assertThat(anonymous().get("/api/notifications").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/notifications/read-all", "").status()).isEqualTo(401);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private static String marker() {
        return UUID.randomUUID().toString();
    }

    private static List<JsonNode> withMarker(JsonNode list, String marker) {
        assertThat(list.isArray()).as(list.toString()).isTrue();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(n -> n.get("message").asText().startsWith(marker))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
