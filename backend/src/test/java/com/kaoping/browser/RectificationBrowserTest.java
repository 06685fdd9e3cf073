package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 整改 in the browser (docs/rectification.md): cycle 2075 Q1 locks with B04 losing 1.1 ×1 = 0.20 (ORG) and 70.1 =
 * 0.50 (UNION); branch04 plans both items (a draft first), reviewer-org returns 1.1 with a reason, and the overview
 * shows B04's figures and the ledger download.
 */
class RectificationBrowserTest extends BrowserTest {

    @Test
    void theBranchPlansAndTheDepartmentChecks() {
        QuarterDriver q = QuarterDriver.locked(
                this,
                2075,
                1,
                Map.of("B04", "[{\"clause\": \"1.1\", \"count\": 1}, {\"clause\": \"70.1\", \"count\": 1}]"),
                Map.of(),
                Map.of());
        long cycle = q.cycleId();

        // 整改措施: branch04 fills in 1.1, saves a draft, completes 70.1 and submits
        signIn("branch04");
        open("/#/tasks?cycle=" + cycle);
        click(By.cssSelector(
                "#task-table tr[data-cycle='" + cycle + "'][data-task-key=rectificationPlan][data-branch=B04]"));
        visible(By.id("measures-1.1")).sendKeys("补开专题学习研讨1次");
        visible(By.id("responsible-1.1")).sendKeys("张三");
        visible(By.id("planned-1.1")).sendKeys("2027-01-31");
        assertThat(text("[data-item='70.1']")).contains("70.1").contains("0.5").contains("待整改");
        click(By.id("save-draft"));
        waitForText(By.cssSelector(".ant-message"), "草稿已保存");
        JsonNode drafted =
                as("branch04").get("/api/rectifications?cycle=" + cycle).json();
        assertThat(drafted.get(0).get("measures").asText()).isEqualTo("补开专题学习研讨1次");
        visible(By.id("measures-70.1")).sendKeys("召开工团工作专题会议");
        visible(By.id("responsible-70.1")).sendKeys("李四");
        visible(By.id("planned-70.1")).sendKeys("2027-02-15");
        visible(By.id("evidence-70.1")).sendKeys("会议纪要");
        screenshot("r01-plan-branch04-zh");
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("2 项");
        confirm();
        wait.until(ExpectedConditions.urlContains("#/tasks"));
        JsonNode planned =
                as("leader").get("/api/rectifications?cycle=" + cycle).json();
        assertThat(planned.get(0).get("state").asText()).isEqualTo("PLANNED");
        assertThat(planned.get(1).get("plannedDate").asText()).isEqualTo("2027-02-15");

        // 整改验收: reviewer-org returns 1.1; a return without its reason is refused before anything is sent
        signIn("reviewer-org");
        open("/#/tasks?cycle=" + cycle);
        click(By.cssSelector(
                "#task-table tr[data-cycle='" + cycle + "'][data-task-key=rectificationCheck][data-branch=B04]"));
        waitForText(By.cssSelector("[data-measures='1.1']"), "补开专题学习研讨1次");
        assertThat(driver.findElements(By.cssSelector("[data-item='70.1']"))).isEmpty();
        click(By.cssSelector("[data-item='1.1'] .ant-radio-wrapper:last-child"));
        click(By.id("submit-task"));
        waitForText(By.cssSelector("[data-item='1.1'] .field-error"), "退回时请填写原因");
        visible(By.id("reason-1.1")).sendKeys("未见研讨记录");
        screenshot("r02-check-reviewer-org-zh");
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("通过 0 项").contains("退回 1 项");
        confirm();
        wait.until(ExpectedConditions.urlContains("#/tasks"));
        q.complete("reviewer-union", "rectificationCheck", "B04", "{\"decision\": \"accept\"}");

        // back at the branch: 1.1 with the department's reason, 70.1 closed and read-only
        signIn("branch04");
        open("/#/tasks?cycle=" + cycle);
        click(By.cssSelector(
                "#task-table tr[data-cycle='" + cycle + "'][data-task-key=rectificationPlan][data-branch=B04]"));
        waitForText(By.cssSelector("[data-return='1.1']"), "未见研讨记录");
        assertThat(text("#closed-items")).contains("70.1").contains("召开工团工作专题会议");
        assertThat(driver.findElements(By.id("measures-70.1"))).isEmpty();
        screenshot("r03-plan-returned-branch04-zh");

        // the home page counts the branch's open item
        open("/#/");
        assertThat(visible(By.id("home-rectifications")).getText()).contains("未销号");

        // the overview: one closed, one open, 50 %
        signIn("leader");
        open("/#/rectifications?cycle=" + cycle);
        waitForText(By.cssSelector("#rect-branches tr[data-key=B04] .rate"), "50.0%");
        assertThat(text("#rect-branches tr[data-key=B04] .open")).isEqualTo("1");
        assertThat(text("#rect-branches tr[data-key=B04] .closed")).isEqualTo("1");
        assertThat(text("#rect-departments tr[data-key=UNION]")).contains("工会").contains("100.0%");
        assertThat(visible(By.id("rect-xlsx")).getAttribute("href")).contains("api/rectifications.xlsx?cycle=" + cycle);
        screenshot("r04-overview-leader-zh");

        // the next quarter: B04's self-assessment shows 1.1's item (returned) and marks 1.1 recorded again as repeated
        QuarterDriver next = QuarterDriver.open(this, "{\"year\": 2075, \"quarter\": 2, \"branches\": [\"B04\"]}", 1);
        String self = next.task("branch04", "selfAssessment", "B04").get("id").asText();
        assertThat(as("branch04")
                        .put("/api/tasks/" + self + "/draft", "{\"findings\": [{\"clause\": \"1.1\", \"count\": 1}]}")
                        .status())
                .isEqualTo(204);
        signIn("branch04");
        open("/#/tasks/" + self);
        waitForText(By.cssSelector("[data-clause='1.1'] [data-last-quarter='1.1']"), "已退回");
        assertThat(text("[data-clause='1.1'] [data-last-quarter='1.1']")).contains("重复扣分");
        assertThat(text("[data-clause='70.1'] [data-last-quarter='70.1']"))
                .contains("已销号")
                .doesNotContain("重复扣分");
        screenshot("r05-next-quarter-self-assessment-zh");
    }
}
