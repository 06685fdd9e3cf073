package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The leadership group's run in the browser (docs/scale.md): from the home page to the summary of the cycle's
 * confirmations, sorted by the branches' own totals; the first opens, 下一个 / 上一个 step through without completing,
 * and after approving (through the irreversible-approval dialog) the next one opens by itself.
 *
 * <p>Cycle 2100 Q1 (B01–B03, confirmations due at the end of 2025-01-04, so they come first in the leader's list): B02
 * reports 1.1 ×1 (每少1次扣0.2分: own total 99.80), B01 and B03 nothing (100.00). By own total: B02, B01, B03 (equal
 * totals in branch order). Screenshots in target/screenshots/.
 */
class ConfirmationRunBrowserTest extends BrowserTest {

    private static final List<String> DEPARTMENTS = List.of("org", "pub", "disc", "prod", "sec", "union");

    @Test
    void theLeadershipGroupConfirmsOneAfterAnotherFromTheSummary() {
        QuarterDriver q = QuarterDriver.open(this, """
                {"year": 2100, "quarter": 1, "branches": ["B01", "B02", "B03"], "selfAssessmentDue": "2025-01-01",
                 "reviewDue": "2025-01-02", "bonusDue": "2025-01-03", "confirmationDue": "2025-01-04",
                 "confirmPastDeadlines": true}""", 3);
        Map<String, String> task = new HashMap<>();
        Map<String, Long> assessment = new HashMap<>();
        for (String b : List.of("B01", "B02", "B03")) {
            String user = "branch0" + b.substring(2);
            q.complete(user, "selfAssessment", b, b.equals("B02") ? """
                    {"findings": [{"clause": "1.1", "count": 1, "note": "少1次"}]}""" : "{\"findings\": []}");
            for (String dept : DEPARTMENTS) {
                q.complete("reviewer-" + dept, "departmentReview", b, "{\"decision\": \"approve\"}");
            }
            q.complete(user, "bonusDeclaration", b, "{\"bonuses\": []}");
        }
        q.await("three confirmations", () -> q.tasks("leader").size() == 3);
        for (String b : List.of("B01", "B02", "B03")) {
            JsonNode confirmation = q.task("leader", "leadershipConfirmation", b);
            task.put(b, confirmation.get("id").asText());
            assessment.put(b, confirmation.get("assessmentId").asLong());
        }

        signIn("leader");
        open("/#/");
        click(By.cssSelector("#home-confirmations-" + q.cycleId() + " button"));
        visible(By.cssSelector("#confirmations-table tr[data-branch=B03]"));
        assertThat(branches()).containsExactly("B01", "B02", "B03");
        assertThat(text("#confirmations-table tr[data-branch=B02] .self-total")).isEqualTo("99.80");
        assertThat(text("#confirmations-table tr[data-branch=B02] .reviewed-total"))
                .isEqualTo("99.80");
        assertThat(text("#confirmations-table tr[data-branch=B01]"))
                .contains("第一党总支")
                .contains("100.00");
        waitForText(By.id("confirmations-total"), "共 3 项");

        // search by name, then all again
        WebElement search = visible(By.id("confirmations-search"));
        search.sendKeys("第三");
        wait.until(d -> branches().equals(List.of("B03")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        wait.until(d -> branches().size() == 3);

        // sorted by the branch's own total, lowest first
        click(By.xpath("//*[@id='confirmations-table']//th[contains(., '自评总分')]"));
        wait.until(d -> branches().equals(List.of("B02", "B01", "B03")));
        wait.until(ExpectedConditions.urlContains("sort=self"));
        screenshot("c01-confirmation-summary-zh");

        // the first opens in the run: nothing before it
        click(By.cssSelector("#confirmations-table tr[data-branch=B02]"));
        atConfirmation(task.get("B02"), "第 1 个 / 共 3 个");
        assertThat(visible(By.id("run-previous")).isEnabled()).isFalse();
        screenshot("c02-confirmation-in-run-zh");

        // 下一个 and 上一个 complete nothing
        click(By.id("run-next"));
        atConfirmation(task.get("B01"), "第 2 个 / 共 3 个");
        click(By.id("run-previous"));
        atConfirmation(task.get("B02"), "第 1 个 / 共 3 个");
        assertThat(q.tasks("leader")).hasSize(3);

        // approving asks first (it locks), then the next one opens by itself
        waitForText(By.id("final-preview-total"), "99.80");
        click(By.id("submit-task"));
        assertThat(confirmText()).contains("锁定").contains("99.80");
        confirm();
        atConfirmation(task.get("B01"), "第 1 个 / 共 2 个");
        assertThat(q.findTask("leader", "leadershipConfirmation", "B02")).isEmpty();
        assertThat(q.assessment("leader", assessment.get("B02")).get("locked").asBoolean())
                .isTrue();
        screenshot("c03-next-after-approval-zh");

        click(By.id("run-next"));
        atConfirmation(task.get("B03"), "第 2 个 / 共 2 个");
        assertThat(visible(By.id("run-next")).isEnabled()).isFalse();
        click(By.id("run-previous"));
        atConfirmation(task.get("B01"), "第 1 个 / 共 2 个");

        // back to the summary, in the same order, without the one approved
        click(By.cssSelector("#run-summary button"));
        wait.until(d -> branches().equals(List.of("B01", "B03")));
    }

    /** The confirmation page of the task, its place in the run shown. */
    private void atConfirmation(String taskId, String position) {
        wait.until(ExpectedConditions.urlContains("/tasks/" + taskId));
        visible(By.id("compare-table"));
        waitForText(By.id("run-position"), position);
    }

    private List<String> branches() {
        return attributesOf("#confirmations-table tr[data-branch]", "data-branch");
    }
}
