package com.kaoping.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A locked result changed in the database breaks the chain of locked results, which names the broken link. The
 * whole quarter, rule by rule, is {@link QuarterScenarioApiTest}.
 */
class QuarterRunApiTest extends MariaDbIntegrationTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tamperingWithALockedResultIsDetected() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2032, \"quarter\": 2, \"branches\": [\"B04\"]}", 1);
        long id = q.assessmentId("branch04", "B04");
        q.complete("branch04", "selfAssessment", "B04", "{\"findings\": [{\"clause\": \"9.1\"}]}");
        for (String dept : DEPARTMENTS) {
            q.complete("reviewer-" + dept, "departmentReview", "B04", "{\"decision\": \"approve\"}");
        }
        q.complete("branch04", "bonusDeclaration", "B04", "{\"bonuses\": []}");
        q.complete("leader", "leadershipConfirmation", "B04", "{\"decision\": \"approve\"}");
        assertThat(total(q.assessment("leader", id).get("scores").get("final"))).isEqualByComparingTo("99");

        Long link = jdbc.queryForObject("SELECT id FROM kp_locked_result WHERE assessment_id = ?", Long.class, id);
        String content = jdbc.queryForObject("SELECT content FROM kp_locked_result WHERE id = ?", String.class, link);
        try {
            jdbc.update(
                    "UPDATE kp_locked_result SET content = ? WHERE id = ?", content.replace("99.00", "100.00"), link);
            JsonNode chain = as("admin").get("/api/audit/chain").json();
            assertThat(chain.get("intact").asBoolean()).isFalse();
            assertThat(chain.get("brokenLinkId").asLong()).isEqualTo(link);
        } finally {
            jdbc.update("UPDATE kp_locked_result SET content = ? WHERE id = ?", content, link);
        }
        assertThat(as("admin").get("/api/audit/chain").json().get("intact").asBoolean())
                .isTrue();
    }

    private static BigDecimal total(JsonNode card) {
        return card.get("totalScore").decimalValue();
    }
}
