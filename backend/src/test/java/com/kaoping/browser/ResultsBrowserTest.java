package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 考核结果 at scale in headless Chromium (docs/scale.md, "The ranking at scale"): the ranking searched by name, paged
 * and sorted by the server, names shown with their codes, the bar chart of the page shown starting at 0 and the radar
 * with its values. A quarter of 2096 published through the API, hand-worked from the seed (1.1 每少1次扣0.2分,
 * 2.1 扣0.1分/篇, 31.4 每少研究1次扣0.5分):
 *
 * <pre>
 * B04 第四党总支 nothing       100.00 rank 1
 * B05 第五党总支 2.1 ×2 = 0.2   99.80 rank 2
 * B06 第六党总支 1.1 ×1 = 0.2   99.80 rank 2 (tie)
 * B07 第七党总支 31.4 ×1 = 0.5  99.50 rank 4
 * B03 第三党总支 1.1 ×3 = 0.6   99.40 rank 5
 * </pre>
 *
 * By name in 拼音 order: 六 (liu) B06, 七 (qi) B07, 三 (san) B03, 四 (si) B04, 五 (wu) B05.
 */
class ResultsBrowserTest extends BrowserTest {

    private static final String ROWS = "#ranking-table tr[data-branch]";

    @Test
    void aBranchIsFoundByNameAndTheRankingPagesAndSortsOnTheServer() {
        QuarterDriver q = QuarterDriver.published(
                this,
                2096,
                1,
                Map.of(
                        "B03", "[{\"clause\": \"1.1\", \"count\": 3}]",
                        "B04", "[]",
                        "B05", "[{\"clause\": \"2.1\", \"count\": 2}]",
                        "B06", "[{\"clause\": \"1.1\", \"count\": 1}]",
                        "B07", "[{\"clause\": \"31.4\", \"count\": 1}]"),
                Map.of(),
                Map.of());
        driver.manage().window().setSize(new Dimension(1366, 900));
        signIn("branch05");
        // two a page, so that five branches make three pages
        open("/#/results?cycle=" + q.cycleId() + "&size=2");
        wait.until(d -> branches().equals(List.of("B04", "B05")));
        assertThat(text("#ranking-table tr[data-branch=B04]"))
                .contains("第四党总支")
                .contains("B04")
                .contains("100.00");
        waitForText(By.cssSelector("#ranking-card .ant-pagination-total-text"), "共 5 个党总支");
        // the bar chart: the page shown, from 0, as its title says
        waitForText(By.id("bar-title"), "第 1–2 行");
        assertThat(text("#bar-title")).contains("共 5 个");
        assertThat(text("#bar-note")).contains("从 0 分起");
        wait.until(d -> Long.valueOf(2)
                .equals(script("const o = chart('bar-chart'); return o ? o.xAxis[0].data.length : null")));
        assertThat(script("return chart('bar-chart').yAxis[0].min")).isEqualTo(0L);
        // the radar of branch05's own result: every axis from 0, the values written at the points
        wait.until(d -> Boolean.TRUE.equals(script("return !!chart('radar-chart')")));
        assertThat(script("return chart('radar-chart').series[0].data[0].label.show"))
                .isEqualTo(true);
        assertThat(script("return chart('radar-chart').radar[0].indicator.every(i => i.min === 0)"))
                .isEqualTo(true);
        assertThat(text("#radar-note")).contains("满分");
        screenshot("k01-results-page-one-zh");

        // the second page: ranks are the cycle's, B06 shares rank 2 with B05 on the first page
        click(By.cssSelector("#ranking-card .ant-pagination-item-2"));
        wait.until(d -> branches().equals(List.of("B06", "B07")));
        assertThat(rankOf("B06")).isEqualTo("2");
        assertThat(rankOf("B07")).isEqualTo("4");
        waitForText(By.id("bar-title"), "第 3–4 行");
        assertThat(driver.getCurrentUrl()).contains("page=2");
        screenshot("k02-results-page-two-zh");

        // sorted by the server: 总分 low to high, then high to low, then 党总支 by name; each from the first page
        click(header("总分"));
        wait.until(d -> branches().equals(List.of("B03", "B07")));
        assertThat(driver.getCurrentUrl()).contains("sort=totalScore").doesNotContain("page=");
        click(header("总分"));
        wait.until(d -> branches().equals(List.of("B04", "B05")));
        assertThat(driver.getCurrentUrl()).contains("sort=-totalScore");
        click(header("党总支"));
        wait.until(d -> branches().equals(List.of("B06", "B07")));
        assertThat(driver.getCurrentUrl()).contains("sort=name");
        screenshot("k03-results-sorted-by-name-zh");

        // found by part of its name: one entry, with the cycle's rank
        WebElement search = visible(By.id("ranking-search"));
        search.sendKeys("第三");
        wait.until(d -> branches().equals(List.of("B03")));
        waitForText(By.cssSelector("#ranking-card .ant-pagination-total-text"), "共 1 个党总支");
        assertThat(text("#ranking-table tr[data-branch=B03]")).contains("第三党总支").contains("99.40");
        assertThat(rankOf("B03")).isEqualTo("5");
        waitForText(By.id("bar-title"), "共 1 个");
        screenshot("k04-results-search-zh");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "五");
        wait.until(d -> branches().equals(List.of("B05")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "第九");
        waitForText(By.id("ranking-table"), "没有编号或名称含“第九”的党总支");
        assertThat(branches()).isEmpty();
        assertThat(horizontalOverflow()).isFalse();
    }

    /** The rows' branches, read in one script: the table re-renders while a wait polls, so no element is held. */
    @SuppressWarnings("unchecked")
    private List<String> branches() {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0]),"
                                + " r => r.getAttribute('data-branch'));",
                        ROWS));
    }

    private String rankOf(String branch) {
        return text("#ranking-table tr[data-branch=" + branch + "] td");
    }

    private static By header(String title) {
        return By.xpath("//*[@id='ranking-table']//th[.//*[normalize-space(text())='" + title + "']]");
    }

    /** Runs the script with chart(id): the ECharts options of the chart in that element, or null. */
    private Object script(String body) {
        return ((JavascriptExecutor) driver)
                .executeScript(
                        "const chart = (id) => { const c = echarts.getInstanceByDom(document.getElementById(id));"
                                + " return c ? c.getOption() : null; };" + body);
    }
}
