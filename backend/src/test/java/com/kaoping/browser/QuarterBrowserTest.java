package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One quarter for B05 and B06 (2050 Q3) through the SPA in headless Chromium: the administrator opens the cycle
 * and watches it open; branch05 fills in and submits its self-assessment; every reviewer approves in the browser,
 * reviewer-org adjusting one count with a reason; bonuses are declared and endorsed; the leadership group confirms
 * both (self vs reviewed side by side) and publishes; branch05 sees the ranking with its hand-worked total, its
 * locked result's explanation, and objects; the leadership group answers. A few steps run through the API to keep
 * it fast; every page type runs at least once in the browser. Screenshots land in {@code target/screenshots/}.
 *
 * <p>Hand-worked scores. B05 self: 1.1 ×2 = 0.40, 4.1 (flat) 0.20 → 99.40. ORG sets 1.1 to 1 → 0.20 + 0.20 →
 * 99.60; rule 88 +1 → total 100.60, 好. B06: no deficiency, 85 组织工作 +0.5 (cap 2) → 100.50, 好. Rank: B05, B06.
 */
class QuarterBrowserTest extends BrowserTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Test
    void aQuarterRunsThroughTheBrowser() {
        driver.manage().window().setSize(new Dimension(1366, 768));

        // 考核周期: the administrator opens 2050 Q3 for B05 and B06 and watches every branch open
        signIn("admin");
        click(By.id("nav-cycles"));
        click(By.id("open-cycle-form"));
        WebElement year = visible(By.id("cycle-year"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "2050");
        click(By.xpath("//input[@id='cycle-quarter-3']/ancestor::label"));
        // the branch picker searches by code or by name
        pickBranch("B05");
        pickBranch("第六");
        waitForText(By.id("cycle-branches-count"), "已选 2 个");
        screenshot("q01-cycle-form-zh");
        click(By.id("open-cycle"));
        assertThat(confirmText()).contains("2050 年第 3 季度").contains("第五党总支、第六党总支");
        confirm();
        wait.until(ExpectedConditions.urlMatches("#/cycles/\\d+$"));
        long cycleId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*#/cycles/", ""));
        waitForText(By.id("cycle-opened"), "已开启 2 / 2");
        assertThat(text("#cycle-title")).contains("2050 年第 3 季度").contains("进行中");
        QuarterDriver q = new QuarterDriver(this, cycleId);
        q.await(
                "both self-assessments waiting",
                () -> q.cycle().path("waiting").path("selfAssessment").asInt() == 2);
        open("/#/cycles/" + cycleId);
        waitForText(By.cssSelector("[data-stage=selfAssessment] .ant-statistic-content"), "2");
        screenshot("q02-cycle-opened-zh");
        long b05 = q.assessmentId("branch05", "B05");

        // 待办 + 自评: branch05 records 1.1 ×2 with a note and the flat clause 4.1, sees 99.40 and submits
        signIn("branch05");
        click(By.id("nav-tasks"));
        open("/#/tasks?cycle=" + cycleId);
        WebElement row = visible(By.cssSelector(
                "#task-table tr[data-cycle='" + cycleId + "'][data-task-key=selfAssessment][data-branch=B05]"));
        assertThat(row.getText()).contains("自评").contains("B05").contains("2050 年第 3 季度");
        assertThat(text("#stage-counts")).contains("自评");
        screenshot("q03-tasks-branch05-zh");
        row.click();
        WebElement count = visible(By.id("clause-1.1"));
        // record the previews the page asks for from here on
        ((JavascriptExecutor) driver)
                .executeScript("window.kpPreviews = []; const plain = window.fetch;"
                        + " window.fetch = (url, init) => { if (String(url).includes('scoring/preview'))"
                        + " window.kpPreviews.push(JSON.parse(init.body)); return plain(url, init); };");
        count.sendKeys("2");
        visible(By.id("note-1.1")).sendKeys("少组织2次专题研讨");
        click(By.cssSelector("[data-clause='4.1'] .ant-checkbox-wrapper"));
        waitForText(By.id("self-card-total"), "99.40");
        assertThat(text("#self-card-explanation")).contains("[1.1]").contains("[4.1]");
        click(By.id("save-draft"));
        waitForText(By.cssSelector(".ant-message"), "草稿已保存");
        screenshot("q04-self-assessment-zh");
        driver.manage().window().setSize(new Dimension(820, 1180));
        assertThat(horizontalOverflow())
                .as("self-assessment wider than a tablet")
                .isFalse();
        screenshot("q04-self-assessment-tablet-zh");
        driver.manage().window().setSize(new Dimension(1366, 768));
        String liveTotal = text("#self-card-total");
        JsonNode own = q.assessment("branch05", b05);
        Object sent = ((JavascriptExecutor) driver)
                .executeScript("return window.kpPreviews.map((b) => b.standard + ' v' + b.version).join(',')");
        assertThat(String.valueOf(sent).split(","))
                .as("previews with the assessment's own standard version")
                .isNotEmpty()
                .containsOnly(own.get("standardCode").asText() + " v"
                        + own.get("standardVersion").asInt());
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("99.40").contains("2 项");
        confirm();
        wait.until(ExpectedConditions.urlContains("#/tasks"));
        JsonNode storedSelf = q.assessment("branch05", b05).get("scores").get("self");
        assertThat(storedSelf.get("totalScore").decimalValue()).isEqualByComparingTo("99.40");
        // the page previewed with the assessment's own standard version: its live score is the stored one
        assertThat(storedSelf.get("totalScore").decimalValue()).isEqualByComparingTo(new BigDecimal(liveTotal));
        // B06: no deficiency (through the API)
        q.complete("branch06", "selfAssessment", "B06", "{\"findings\": []}");

        // 部门审核: every reviewer approves both branches in the browser; ORG adjusts 1.1 for B05 with a reason
        for (String dept : DEPARTMENTS) {
            String reviewer = "reviewer-" + dept;
            q.await(reviewer + " has both reviews", () -> q.tasks(reviewer).size() == 2);
            signIn(reviewer);
            for (String branch : List.of("B05", "B06")) {
                open("/#/tasks?cycle=" + cycleId); // other tests leave tasks of their own cycles
                click(By.cssSelector("#task-table tr[data-cycle='" + cycleId
                        + "'][data-task-key=departmentReview][data-branch=" + branch + "]"));
                visible(By.id("review-scores"));
                if (dept.equals("org") && branch.equals("B05")) {
                    assertThat(text("[data-self='1.1']")).contains("2 次").contains("少组织2次专题研讨");
                    WebElement reviewed = visible(By.id("review-1.1"));
                    reviewed.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "1");
                    waitForText(By.id("change-count"), "已调整 1 项");
                    click(By.id("submit-task"));
                    // a change needs a reason: refused before anything is sent
                    waitForText(By.cssSelector("[data-clause='1.1'] .field-error"), "请填写调整原因");
                    visible(By.id("reason-1.1")).sendKeys("核实少1次");
                    waitForText(By.cssSelector("#review-scores [data-indicator='党的领导']"), "9.60");
                    screenshot("q05-review-org-zh");
                } else if (dept.equals("pub") && branch.equals("B05")) {
                    assertThat(text(".review-page")).contains("党总支在本指标无扣分情况");
                    screenshot("q06-review-pub-zh");
                }
                click(By.id("submit-task"));
                assertThat(confirmText()).contains(branch.equals("B05") && dept.equals("org") ? "调整了 1 项" : "无调整");
                confirm();
                wait.until(ExpectedConditions.urlMatches("#/tasks$"));
            }
        }
        q.await(
                "B05 reviewed",
                () -> q.findTask("branch05", "bonusDeclaration", "B05").isPresent());
        q.await(
                "B06 reviewed",
                () -> q.findTask("branch06", "bonusDeclaration", "B06").isPresent());
        assertThat(q.assessment("leader", b05)
                        .get("scores")
                        .get("reviewed")
                        .get("totalScore")
                        .decimalValue())
                .isEqualByComparingTo("99.60");

        // 加分申报: branch05 declares rule 88, 1 point, in the browser; B06 declares 85 组织工作 0.5 through the API
        signIn("branch05");
        open("/#/tasks?cycle=" + cycleId); // other tests leave tasks of their own cycles
        click(By.cssSelector(
                "#task-table tr[data-cycle='" + cycleId + "'][data-task-key=bonusDeclaration][data-branch=B05]"));
        visible(By.id("bonus88-points")).sendKeys("1");
        visible(By.id("bonus88-note")).sendKeys("经验做法在全公司推广");
        waitForText(By.id("bonus-card-total"), "100.60");
        assertThat(text("#bonus-rule88")).contains("上限 3 分");
        screenshot("q07-bonus-declaration-zh");
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("100.60");
        confirm();
        wait.until(ExpectedConditions.urlMatches("#/tasks$"));
        q.complete(
                "branch06",
                "bonusDeclaration",
                "B06",
                "{\"bonuses\": [{\"rule\": 85, \"indicator\": \"组织工作\", \"points\": 0.5, \"note\": \"获公司表彰\"}]}");

        // 加分认可: ORG endorses B06's bonus in the browser
        signIn("reviewer-org");
        open("/#/tasks?cycle=" + cycleId); // other tests leave tasks of their own cycles
        click(By.cssSelector(
                "#task-table tr[data-cycle='" + cycleId + "'][data-task-key=bonusEndorsement][data-branch=B06]"));
        assertThat(visible(By.cssSelector("[data-bonus='85']")).getText())
                .contains("组织工作")
                .contains("上限 2 分")
                .contains("0.5")
                .contains("获公司表彰");
        screenshot("q08-bonus-endorsement-zh");
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("按申报分值认可");
        confirm();
        wait.until(ExpectedConditions.urlMatches("#/tasks$"));

        // 领导小组认定: self vs reviewed side by side, then approve (locks) both
        q.await("both at confirmation", () -> q.tasks("leader").size() == 2);
        signIn("leader");
        for (String branch : List.of("B05", "B06")) {
            open("/#/tasks?cycle=" + cycleId); // other tests leave tasks of their own cycles
            click(By.cssSelector("#task-table tr[data-cycle='" + cycleId
                    + "'][data-task-key=leadershipConfirmation][data-branch=" + branch + "]"));
            WebElement leadership = visible(By.cssSelector("#compare-table [data-indicator='党的领导']"));
            if (branch.equals("B05")) {
                assertThat(leadership.findElement(By.className("self-score")).getText())
                        .isEqualTo("9.40");
                assertThat(leadership
                                .findElement(By.className("reviewed-score"))
                                .getText())
                        .isEqualTo("9.60");
                assertThat(text("#compare-self-total")).isEqualTo("99.40");
                assertThat(text("#compare-reviewed-total")).isEqualTo("99.60");
                waitForText(By.id("final-preview-total"), "100.60");
                // a veto needs a reason: checked, left empty, refused, unchecked again
                click(By.cssSelector("#confirm-vetoes .veto-row:first-of-type .ant-checkbox-wrapper"));
                waitForText(By.id("final-preview-grade"), "差");
                click(By.id("submit-task"));
                waitForText(By.cssSelector("#confirm-vetoes .field-error"), "否决原因");
                click(By.cssSelector("#confirm-vetoes .veto-row:first-of-type .ant-checkbox-wrapper"));
                waitForText(By.id("final-preview-grade"), "好");
                screenshot("q09-leadership-confirmation-zh");
            } else {
                waitForText(By.id("final-preview-total"), "100.50");
            }
            click(By.id("submit-task"));
            assertThat(confirmText()).contains("锁定").contains(branch.equals("B05") ? "100.60" : "100.50");
            confirm();
            wait.until(ExpectedConditions.urlMatches("#/tasks$"));
        }

        // 公示: once both are locked the leadership group publishes from the cycle's page
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        open("/#/cycles/" + cycleId);
        waitForText(By.cssSelector("[data-stage=locked] .ant-statistic"), "2");
        screenshot("q10-cycle-ready-zh");
        click(By.id("publish-cycle"));
        assertThat(confirmText()).contains("公示期");
        confirm();
        waitForText(By.id("cycle-status"), "公示中");

        // 考核结果: branch05 sees the ranking with its hand-worked total and grade, the charts, and its explanation
        signIn("branch05");
        open("/#/results?cycle=" + cycleId);
        WebElement first = visible(By.cssSelector("#ranking-table tr[data-branch=B05]"));
        assertThat(first.getText()).contains("1").contains("100.60").contains("好");
        assertThat(text("#ranking-table tr[data-branch=B06]"))
                .contains("2")
                .contains("100.50")
                .contains("好");
        visible(By.cssSelector("#bar-chart canvas"));
        visible(By.cssSelector("#radar-chart canvas"));
        screenshot("q11-results-branch05-zh");
        click(By.cssSelector("#ranking-table tr[data-branch=B05] .detail-link"));
        waitForText(By.id("assessment-stage"), "已锁定");
        assertThat(text("#assessment-final-total")).isEqualTo("100.60");
        assertThat(text("#assessment-final-grade")).isEqualTo("好");
        assertThat(text("#assessment-final-explanation"))
                .contains("[1.1]")
                .contains("×1")
                .contains("[4.1]")
                .contains("[88]");
        assertThat(text("#history-timeline"))
                .contains("结果锁定")
                .contains("ORG 审核员")
                .contains("核实少1次");
        assertThat(text("#revision-table")).contains("1");
        screenshot("q12-assessment-detail-zh");

        // 异议: branch05 objects in the browser; the leadership group rejects it with an answer in the browser
        click(By.id("raise-objection"));
        click(By.id("submit-objection"));
        waitForText(By.cssSelector(".assessment-page .field-error"), "请填写异议理由");
        visible(By.id("objection-reason")).sendKeys("1.1 已于季度末补学");
        click(By.id("submit-objection"));
        waitForText(By.cssSelector(".ant-message"), "异议已提交");
        q.await(
                "objection answer task",
                () -> q.findTask("leader", "objectionAnswer", null).isPresent());
        signIn("leader");
        open("/#/cycles/" + cycleId);
        click(By.cssSelector("#objection-table .answer-link"));
        assertThat(visible(By.id("objection-card")).getText()).contains("B05").contains("1.1 已于季度末补学");
        visible(By.id("objection-answer")).sendKeys("补学发生在考核期后，不予更正");
        screenshot("q13-objection-answer-zh");
        click(By.id("submit-task"));
        confirm();
        wait.until(ExpectedConditions.urlMatches("#/tasks$"));
        open("/#/cycles/" + cycleId);
        waitForText(By.id("objection-table"), "未采纳");
        screenshot("q14-cycle-published-zh");

        // the notifications bell of branch05 lists what happened; English works too
        signIn("branch05");
        click(By.id("notification-bell"));
        visible(By.cssSelector(".notification-popover"));
        screenshot("q15-notifications-zh");
        driver.findElement(By.cssSelector("header [data-locale=en]")).click();
        open("/#/results?cycle=" + cycleId);
        waitForText(By.cssSelector("#ranking-table tr[data-branch=B05]"), "100.60");
        assertThat(text("#nav-results")).contains("Results");
        screenshot("q16-results-en");
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear()");
    }

    /** A self-assessment deadline already past (2003-06-30) opens the cycle only after a second, explicit confirmation. */
    @Test
    void aCycleWhoseDeadlinesHavePassedOpensOnlyWhenConfirmedTwice() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        signIn("admin");
        click(By.id("nav-cycles"));
        click(By.id("open-cycle-form"));
        WebElement year = visible(By.id("cycle-year"));
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "2003");
        click(By.xpath("//input[@id='cycle-quarter-2']/ancestor::label"));
        pickBranch("B08");
        WebElement due = visible(By.id("cycle-selfAssessmentDue"));
        due.click();
        due.sendKeys("2003-06-30", Keys.ENTER);
        click(By.id("open-cycle"));
        assertThat(confirmText()).contains("2003 年第 2 季度");
        // the first dialog closes as the second opens: no waiting for "no dialog" in between
        click(By.cssSelector(".ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary"));
        // the server refuses the past deadline; the page asks again, saying which one has passed
        WebElement second = visible(By.id("confirm-past-deadlines"));
        assertThat(second.getText()).contains("截止日期已经过去").contains("自评截止：2003-06-30");
        screenshot("q20-past-deadlines-zh");
        assertThat(driver.getCurrentUrl()).doesNotContain("#/cycles/");
        click(By.xpath("//*[@id='confirm-past-deadlines']/ancestor::div[contains(@class,'ant-modal-confirm')]"
                + "//div[contains(@class,'ant-modal-confirm-btns')]//button[contains(@class,'ant-btn-primary')]"));
        wait.until(ExpectedConditions.urlMatches("#/cycles/\\d+$"));
        waitForText(By.id("cycle-opened"), "已开启 1 / 1");
    }

    /** Types into the branch picker and takes the first option that matches. */
    private void pickBranch(String search) {
        click(By.cssSelector("#cycle-form .ant-select-selector"));
        WebElement input = driver.switchTo().activeElement();
        input.sendKeys(search);
        visible(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active"));
        input.sendKeys(Keys.ENTER);
    }
}
