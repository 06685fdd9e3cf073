package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines (issue 8): a cycle whose deadlines have passed opens only with an explicit confirmation; a return
 * gives the reworked step a fresh deadline (rework-period, 3 days, after the return), so the reworked task is not
 * overdue and no second OVERDUE notice is sent for it.
 */
class DeadlineRulesTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pastDeadlinesNeedConfirmationAndAReturnGivesAFreshDeadline() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        String body = "{\"year\": 2055, \"quarter\": 2, \"branches\": [\"B03\"], \"selfAssessmentDue\": \"" + yesterday
                + "\"";
        ApiClient.Response refused = as("admin").post("/api/cycles", body + "}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("selfAssessmentDue");
        assertThat(as("admin").get("/api/cycles").json().findValuesAsText("year"))
                .doesNotContain("2055");

        QuarterDriver q = QuarterDriver.open(this, body + ", \"confirmPastDeadlines\": true}", 1);
        long id = q.assessmentId("branch03", "B03");
        q.await("the overdue notice of the late self-assessment", () -> overdueNotices(id) == 1);
        assertThat(q.task("branch03", "selfAssessment", "B03").get("overdue").asBoolean())
                .isTrue();

        q.complete("branch03", "selfAssessment", "B03", "{\"findings\": []}");
        q.complete("reviewer-org", "departmentReview", "B03", "{\"decision\": \"return\", \"comment\": \"请补充材料\"}");
        for (String dept : DEPARTMENTS.subList(1, 6)) {
            q.complete("reviewer-" + dept, "departmentReview", "B03", "{\"decision\": \"approve\"}");
        }
        q.await(
                "the self-assessment back with the branch",
                () -> q.findTask("branch03", "selfAssessment", "B03").isPresent());
        JsonNode reworked = q.task("branch03", "selfAssessment", "B03");
        assertThat(reworked.get("overdue").asBoolean()).isFalse();
        assertThat(Instant.parse(reworked.get("due").asText()))
                .isAfter(Instant.now().plus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)));
        // the timers of the reworked task run on the fresh date: no second overdue notice (job executor: ≤ 10 s)
        sleep(Duration.ofSeconds(12));
        assertThat(overdueNotices(id)).isEqualTo(1);
    }

    private int overdueNotices(long assessmentId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM kp_notification WHERE username = 'branch03' AND kind = 'OVERDUE'"
                        + " AND assessment_id = ?",
                Integer.class,
                assessmentId);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
