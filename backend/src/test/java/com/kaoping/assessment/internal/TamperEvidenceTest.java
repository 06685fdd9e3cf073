package com.kaoping.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A locked result edited in the database (issue 8) is flagged as tampered in the assessment and the ranking, and
 * the administrators are alerted once; recomputing the link's hash without touching the rest of the chain does not
 * hide it. The row is restored afterwards, so the shared chain stays intact for other tests.
 */
class TamperEvidenceTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void editedLockedResultIsFlaggedWhereverShownAndAdminsAreAlerted() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2054, \"quarter\": 1, \"branches\": [\"B05\"]}", 1);
        long id = q.assessmentId("branch05", "B05");
        q.complete("branch05", "selfAssessment", "B05", "{\"findings\": [{\"clause\": \"1.1\", \"count\": 2}]}");
        for (String dept : DEPARTMENTS) {
            q.complete("reviewer-" + dept, "departmentReview", "B05", "{\"decision\": \"approve\"}");
        }
        q.await(
                "bonus declaration",
                () -> q.findTask("branch05", "bonusDeclaration", "B05").isPresent());
        q.complete("branch05", "bonusDeclaration", "B05", "{\"bonuses\": []}");
        q.await(
                "confirmation",
                () -> q.findTask("leader", "leadershipConfirmation", "B05").isPresent());
        q.complete("leader", "leadershipConfirmation", "B05", "{\"decision\": \"approve\"}");
        q.await("locked", () -> q.assessment("leader", id).get("locked").asBoolean());

        String ranking = "/api/cycles/" + q.cycleId() + "/ranking";
        assertThat(q.assessment("leader", id).get("tampered").asBoolean()).isFalse();
        assertThat(as("leader").get(ranking).json().get(0).get("tampered").asBoolean())
                .isFalse();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, content, content_hash, hash_version, created_by FROM kp_locked_result"
                        + " WHERE assessment_id = ? ORDER BY revision DESC LIMIT 1",
                id);
        assertThat(((Number) row.get("hash_version")).intValue()).isEqualTo(2);
        assertThat(row.get("created_by")).isEqualTo("leader");
        String original = (String) row.get("content");
        String originalHash = (String) row.get("content_hash");
        assertThat(original).contains("\"totalScore\":99.60");
        long linkId = ((Number) row.get("id")).longValue();
        try {
            // someone with write access to the table raises the score
            jdbc.update(
                    "UPDATE kp_locked_result SET content = ? WHERE id = ?",
                    original.replace("\"totalScore\":99.60", "\"totalScore\":109.60"),
                    linkId);
            JsonNode view = q.assessment("leader", id);
            assertThat(view.get("tampered").asBoolean()).isTrue();
            JsonNode entry = as("leader").get(ranking).json().get(0);
            assertThat(entry.get("tampered").asBoolean()).isTrue();
            q.assessment("branch05", id);
            assertThat(adminAlerts(id)).isEqualTo(1);

            // … and recomputes the link's hash as the code would without a key: the next link/head still disagrees
            LockedResultRow tampered = new LockedResultRow();
            Map<String, Object> now = jdbc.queryForMap(
                    "SELECT previous_hash, revision, reason, created_at FROM kp_locked_result WHERE id = ?", linkId);
            tampered.previousHash = (String) now.get("previous_hash");
            tampered.assessmentId = id;
            tampered.revision = ((Number) now.get("revision")).intValue();
            tampered.createdBy = "leader";
            tampered.createdAt = ((java.sql.Timestamp) now.get("created_at")).toInstant();
            tampered.reason = (String) now.get("reason");
            tampered.content = original.replace("\"totalScore\":99.60", "\"totalScore\":109.60");
            String forged = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(ResultChain.message(tampered)));
            jdbc.update("UPDATE kp_locked_result SET content_hash = ? WHERE id = ?", forged, linkId);
            assertThat(q.assessment("leader", id).get("tampered").asBoolean()).isTrue();
            // the ranking checks the cycle's links together: the link after it (or the head) no longer names it
            assertThat(as("leader").get(ranking).json().get(0).get("tampered").asBoolean())
                    .isTrue();
            assertThat(adminAlerts(id)).as("one alert per link").isEqualTo(1);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            jdbc.update(
                    "UPDATE kp_locked_result SET content = ?, content_hash = ? WHERE id = ?",
                    original,
                    originalHash,
                    linkId);
        }
        assertThat(q.assessment("leader", id).get("tampered").asBoolean()).isFalse();
        assertThat(as("leader").get(ranking).json().get(0).get("tampered").asBoolean())
                .isFalse();
        assertThat(as("admin").get("/api/audit/chain").json().get("intact").asBoolean())
                .isTrue();
    }

    private long adminAlerts(long assessmentId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM kp_notification WHERE username = 'admin' AND kind = 'TAMPERED'"
                        + " AND assessment_id = ?",
                Long.class,
                assessmentId);
    }
}
