package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The download buttons and the year page in headless Chromium, after a quarter of 2052 (B03 1.1 ×3 → 99.40, B04
 * nothing → 100.00) published through the API: 导出Excel and 下载PDF on the results and assessment pages fetch the
 * files with the browser's session, 打印 is there and the print stylesheet hides the menu, and 年度排名 states its
 * rule and ranks the two.
 */
class ReportBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resultsAndAssessmentOfferTheirFilesAndTheYearPageRanks() {
        QuarterDriver q = QuarterDriver.published(
                this, 2052, 1, Map.of("B03", "[{\"clause\": \"1.1\", \"count\": 3}]", "B04", "[]"), Map.of(), Map.of());
        JsonNode ranking =
                as("leader").get("/api/cycles/" + q.cycleId() + "/ranking").json();
        long b03 = ranking.get(1).get("assessmentId").asLong();
        driver.manage().window().setSize(new Dimension(1366, 900));

        signIn("branch03");
        open("/#/results?cycle=" + q.cycleId());
        waitForText(By.id("ranking-table"), "B04");
        assertThat(visible(By.id("export-ranking-xlsx")).getText()).contains("导出Excel");
        assertThat(visible(By.id("download-notice-pdf")).getText()).contains("下载");
        visible(By.id("print-page"));
        screenshot("r01-results-export-buttons-zh");
        assertThat(download("export-ranking-xlsx"))
                .containsExactly(200L, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download("download-notice-pdf")).containsExactly(200L, "application/pdf");

        open("/#/assessments/" + b03);
        visible(By.id("download-report-pdf"));
        assertThat(visible(By.id("export-score-sheet-xlsx")).getText()).contains("导出Excel");
        assertThat(download("download-report-pdf")).containsExactly(200L, "application/pdf");
        assertThat(download("export-score-sheet-xlsx"))
                .containsExactly(200L, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        screenshot("r02-assessment-export-buttons-zh");
        // the print stylesheet: no menu, no buttons, the score card full width
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.id("app-sider")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("download-report-pdf")).isDisplayed())
                .isFalse();
        screenshot("r03-assessment-print-zh");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        open("/#/years?year=2052");
        waitForText(By.id("year-table"), "第三党总支");
        assertThat(text("#year-rule")).contains("平均值").contains("否决").contains("第1季度");
        List<WebElement> rows = driver.findElements(By.cssSelector("#year-table tbody tr[data-branch]"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("第四党总支").contains("100.00");
        assertThat(rows.get(1).getText()).contains("第三党总支").contains("99.40");
        visible(By.cssSelector("#trend-chart canvas"));
        assertThat(visible(By.id("export-year-xlsx")).getText()).contains("导出Excel");
        screenshot("r04-year-ranking-zh");
        assertThat(horizontalOverflow()).isFalse();
    }

    /** A locked result edited in the database is shown as tampered on the results and the assessment page. */
    @Test
    void aTamperedResultIsFlaggedOnTheResultsAndTheAssessmentPage() {
        QuarterDriver q = QuarterDriver.published(
                this, 2094, 1, Map.of("B04", "[{\"clause\": \"1.1\", \"count\": 2}]"), Map.of(), Map.of());
        long b04 = as("leader")
                .get("/api/cycles/" + q.cycleId() + "/ranking")
                .json()
                .get(0)
                .get("assessmentId")
                .asLong();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, content FROM kp_locked_result WHERE assessment_id = ? ORDER BY revision DESC LIMIT 1", b04);
        String original = (String) row.get("content");
        // B04: 1.1 ×2 = 0.40 → 99.60, raised by someone with write access to the table
        assertThat(original).contains("\"totalScore\":99.60");
        try {
            jdbc.update(
                    "UPDATE kp_locked_result SET content = ? WHERE id = ?",
                    original.replace("\"totalScore\":99.60", "\"totalScore\":109.60"),
                    row.get("id"));
            driver.manage().window().setSize(new Dimension(1366, 900));
            signIn("leader");
            open("/#/results?cycle=" + q.cycleId());
            waitForText(By.cssSelector("#ranking-table .tampered-tag"), "结果被篡改");
            screenshot("r10-results-tampered-zh");
            open("/#/assessments/" + b04);
            waitForText(By.id("assessment-tampered"), "最终得分不可采信");
            screenshot("r11-assessment-tampered-zh");
        } finally {
            jdbc.update("UPDATE kp_locked_result SET content = ? WHERE id = ?", original, row.get("id"));
        }
        // restored: the same page, loaded afresh, shows the result as valid again
        driver.navigate().refresh();
        visible(By.id("assessment-title"));
        assertThat(driver.findElements(By.id("assessment-tampered"))).isEmpty();
    }

    /** Fetches what the button links to, with the browser's own session: [status, content type]. */
    @SuppressWarnings("unchecked")
    private List<Object> download(String id) {
        return (List<Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(document.getElementById(arguments[0]).getAttribute('href'), {credentials: 'same-origin'})"
                                + ".then(r => done([r.status, (r.headers.get('Content-Type') || '').split(';')[0]]))"
                                + ".catch(e => done([0, String(e)]));",
                        id);
    }
}
