package com.kaoping.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 我的考核, 已办 and the objection's answer (issue 10), in 2089 Q3 for B08: 1.1 ×4 (0.2 each) is published at
 * 100 − 0.80 = 99.20; an accepted objection corrects it to 1.1 ×3: 100 − 0.60 = 99.40, and the branch is told.
 */
class MyWorkApiTest extends MariaDbIntegrationTest {

    @Test
    void aBranchSeesItsQuarterAndTheAnswerToItsObjection() {
        QuarterDriver q = QuarterDriver.published(
                this, 2089, 3, Map.of("B08", "[{\"clause\": \"1.1\", \"count\": 4}]"), Map.of(), Map.of());
        JsonNode mine = own(q.cycleId());
        long id = mine.get("id").asLong();
        assertThat(mine.get("stage").asText()).isEqualTo("locked");
        assertThat(mine.get("scoreKind").asText()).isEqualTo("final");
        assertThat(mine.get("score").decimalValue()).isEqualByComparingTo("99.20");
        assertThat(mine.get("reviewDecisions").size()).isGreaterThan(0);
        assertThat(mine.get("reviewDecisions").elements())
                .toIterable()
                .allMatch(d -> d.asText().equals("APPROVE"));
        // another role has no assessments of its own
        assertThat(as("reviewer-org").get("/api/me/assessments").json()).isEmpty();

        assertThat(as("branch08")
                        .post("/api/assessments/" + id + "/objections", "{\"reason\": \"1.1 只缺3次\"}")
                        .status())
                .isEqualTo(201);
        q.await(
                "the objection's answer task",
                () -> q.findTask("leader", "objectionAnswer", null).isPresent());
        q.complete("leader", "objectionAnswer", null, """
                {"decision": "accept", "answer": "经核实予以更正",
                 "correction": {"findings": [{"clause": "1.1", "count": 3}], "reason": "异议成立"}}""");

        JsonNode answered = null;
        for (JsonNode n : as("branch08").get("/api/notifications").json()) {
            if (n.path("assessmentId").asLong() == id && n.get("kind").asText().equals("OBJECTION")) {
                answered = n;
            }
        }
        assertThat(answered).as("the branch is told its objection was answered").isNotNull();
        assertThat(answered.get("code").asText()).isEqualTo("notification.objectionAnswered");
        assertThat(answered.get("text").asText()).isEqualTo("异议已答复：已采纳 · 第八党总支");

        // the findings table shows the corrected count beside the reviewed one
        JsonNode assessment = q.assessment("branch08", id);
        JsonNode finding = null;
        for (JsonNode f : assessment.get("findings")) {
            if (f.get("clause").asText().equals("1.1")) {
                finding = f;
            }
        }
        assertThat(finding.get("reviewedCount").asInt()).isEqualTo(4);
        assertThat(finding.get("finalCount").asInt()).isEqualTo(3);
        assertThat(own(q.cycleId()).get("score").decimalValue()).isEqualByComparingTo("99.40");

        // 已办: the leadership group's correction and confirmation, newest first, with their assessment
        JsonNode done = as("leader").get("/api/me/done").json();
        assertThat(done.get(0).get("assessmentId").asLong()).isEqualTo(id);
        assertThat(done.get(0).get("action").asText()).isEqualTo("CORRECTED");
        assertThat(done.get(0).get("detail").asText()).isEqualTo("第 2 版：总分 99.20 → 99.40");
        assertThat(as("leader")
                        .language("en")
                        .get("/api/me/done")
                        .json()
                        .get(0)
                        .get("detail")
                        .asText())
                .isEqualTo("Revision 2: total 99.20 → 99.40");
    }

    private JsonNode own(long cycleId) {
        for (JsonNode a : as("branch08").get("/api/me/assessments").json()) {
            if (a.get("cycleId").asLong() == cycleId) {
                return a;
            }
        }
        throw new AssertionError("no assessment of B08 in cycle " + cycleId);
    }
}
