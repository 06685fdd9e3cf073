package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work at scale in the browser (docs/scale.md). A reviewer finds a branch by name in one search, then approves on
 * the workbench, in one action, every review whose branch reported nothing in the department's indicators; the
 * leadership group sees who is late on the dashboard and reminds them (催办). Cycles 2083 Q1 (B01–B04: B02 reports
 * 1.1 ×3, the others nothing) and 2083 Q2 (B07, its deadlines past). Screenshots in target/screenshots/.
 */
class ScaleBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewerFindsABranchAndApprovesTheCleanOnesInOneAction() {
        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2083, "quarter": 1, "branches": ["B01", "B02", "B03", "B04"]}""", 4);
        for (String b : List.of("B01", "B03", "B04")) {
            q.complete("branch0" + b.substring(2), "selfAssessment", b, "{\"findings\": []}");
        }
        q.complete("branch02", "selfAssessment", "B02", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "少3次"}]}""");

        signIn("reviewer-org");
        open("/#/tasks?cycle=" + q.cycleId());
        visible(By.cssSelector("#task-table tr[data-branch=B04]"));
        WebElement search = visible(By.id("task-search"));
        search.sendKeys("第三");
        wait.until(d -> branchesOf("#task-table tr[data-branch]").equals(List.of("B03")));
        waitForText(By.id("count-all"), "1");
        assertThat(text("#task-table tr[data-branch=B03]")).contains("第三党总支").contains("部门审核");
        screenshot("s01-task-search-zh");

        click(By.cssSelector("#workbench-link button"));
        visible(By.cssSelector("#workbench-table tr[data-branch=B02]"));
        assertThat(text("#workbench-table tr[data-branch=B02]")).contains("1 项").contains("0.6");
        click(By.id("select-clean"));
        waitForText(By.id("bulk-approve"), "3");
        screenshot("s02-workbench-selected-zh");
        click(By.id("bulk-approve"));
        WebElement list = visible(By.id("bulk-list"));
        List<String> listed = new ArrayList<>();
        list.findElements(By.cssSelector("li")).forEach(li -> listed.add(li.getAttribute("data-branch")));
        assertThat(listed).containsExactly("B01", "B03", "B04");
        screenshot("s03-workbench-confirm-zh");
        click(By.cssSelector(".bulk-confirm .ant-modal-footer .ant-btn-primary"));
        waitForText(By.cssSelector(".ant-message"), "已通过 3 项");
        wait.until(d -> branchesOf("#workbench-table tr[data-branch]").equals(List.of("B02")));
        screenshot("s04-workbench-done-zh");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM kp_decision d JOIN kp_assessment a ON a.id = d.assessment_id"
                                + " WHERE a.cycle_id = ? AND d.department = 'ORG' AND d.decided_by = 'reviewer-org'"
                                + " AND d.decision = 'APPROVE'",
                        Integer.class,
                        q.cycleId()))
                .isEqualTo(3);
        assertThat(q.findTask("reviewer-org", "departmentReview", "B02")).isPresent();
    }

    @Test
    void theLeadershipGroupSeesWhoIsLateAndRemindsThem() {
        QuarterDriver late = QuarterDriver.open(this, """
                {"year": 2083, "quarter": 2, "branches": ["B07"], "selfAssessmentDue": "2025-01-01",
                 "reviewDue": "2025-01-02", "bonusDue": "2025-01-03", "confirmationDue": "2025-01-04",
                 "confirmPastDeadlines": true}""", 1);
        String task = late.task("branch07", "selfAssessment", "B07").get("id").asText();

        signIn("leader");
        open("/#/cycles/" + late.cycleId());
        click(By.cssSelector("#to-dashboard button"));
        WebElement row = visible(By.cssSelector("#overdue-table tr[data-branch=B07]"));
        assertThat(row.getText()).contains("第七党总支").contains("自评").contains("天");
        assertThat(text("#branch-table tr[data-branch=B07]")).contains("自评");
        screenshot("s05-dashboard-zh");
        click(By.cssSelector("#overdue-table tr[data-branch=B07] .remind-button"));
        waitForText(By.cssSelector("#overdue-table tr[data-branch=B07] .remind-button"), "今日已催办");
        screenshot("s06-dashboard-reminded-zh");

        assertThat(jdbc.queryForObject(
                        "SELECT reminded_by FROM kp_task_reminder WHERE task_id = ?", String.class, task))
                .isEqualTo("leader");
        boolean reminded = false;
        for (JsonNode n : as("branch07").get("/api/notifications").json()) {
            reminded |= n.get("kind").asText().equals("REMINDER")
                    && task.equals(n.path("taskId").asText());
        }
        assertThat(reminded).as("branch07 was reminded").isTrue();
        // reloaded, the page still knows
        driver.navigate().refresh();
        waitForText(By.cssSelector("#overdue-table tr[data-branch=B07] .remind-button"), "今日已催办");
    }

    @Test
    void aTokenIsShownOnceAndRevoked() {
        signIn("leader");
        click(By.id("tokens-link"));
        visible(By.id("token-name")).sendKeys("浏览器测试令牌", Keys.ENTER);
        String token = visible(By.id("new-token-value")).getText().trim();
        assertThat(token).matches("kpt_[A-Za-z0-9_-]{43}");
        assertThat(withToken(token).get("/api/me").json().get("username").asText())
                .isEqualTo("leader");
        screenshot("s07-token-created-zh");
        click(By.xpath("//table//tr[contains(., '浏览器测试令牌')]//button"));
        // 撤销 is the confirmation's danger button
        click(By.cssSelector(".ant-modal-confirm .ant-modal-confirm-btns .ant-btn-dangerous"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-token")));
        assertThat(withToken(token).get("/api/me").status()).isEqualTo(401);
    }

    private List<String> branchesOf(String css) {
        return attributesOf(css, "data-branch");
    }
}
