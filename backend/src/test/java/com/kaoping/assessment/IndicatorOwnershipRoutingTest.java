package com.kaoping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator's indicator ownership decides which department's reviewer sees and reviews a finding. */
class IndicatorOwnershipRoutingTest extends MariaDbIntegrationTest {

    @Autowired
    IndicatorOwnership owners;

    @Test
    void aFindingOnAReassignedIndicatorGoesToItsNewOwner() {
        try {
            assertThat(assign("PUB").status()).isEqualTo(200);
            QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2033, \"quarter\": 3, \"branches\": [\"B06\"]}", 1);
            long id = q.assessmentId("branch06", "B06");
            // 1.1 is on 党的领导 (the standard names ORG), 16.1 on 组织工作 (ORG)
            q.complete(
                    "branch06",
                    "selfAssessment",
                    "B06",
                    "{\"findings\": [{\"clause\": \"1.1\", \"count\": 2}, {\"clause\": \"16.1\"}]}");

            assertThat(clauses(q.assessment("reviewer-pub", id))).containsExactly("1.1");
            assertThat(clauses(q.assessment("reviewer-org", id))).containsExactly("16.1");

            JsonNode orgTask = q.task("reviewer-org", "departmentReview", "B06");
            ApiClient.Response refused = as("reviewer-org")
                    .post(
                            "/api/tasks/" + orgTask.get("id").asText() + "/complete",
                            "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"少算一次\"}]}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("field").asText()).isEqualTo("findings[0].clause");

            q.complete(
                    "reviewer-pub",
                    "departmentReview",
                    "B06",
                    "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 1, \"note\": \"少算一次\"}]}");
            JsonNode reviewed = q.assessment("leader", id).get("findings");
            assertThat(reviewed.toString()).contains("\"reviewedCount\":1");
        } finally {
            assign(null);
        }
        // left as found: no assignment, the standard's default (ORG) applies again
        assertThat(owners.assignments()).doesNotContainKey("党的领导");
    }

    private ApiClient.Response assign(String department) {
        String value = department == null ? "null" : "\"" + department + "\"";
        return as("admin")
                .put("/api/admin/indicator-owners", "[{\"indicator\": \"党的领导\", \"department\": " + value + "}]");
    }

    private static List<String> clauses(JsonNode assessment) {
        List<String> out = new ArrayList<>();
        assessment.get("findings").forEach(f -> out.add(f.get("clause").asText()));
        return out;
    }
}
