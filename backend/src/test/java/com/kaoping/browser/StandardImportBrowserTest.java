package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.ApiClient;
import com.kaoping.support.Multipart;
import com.kaoping.support.PublishedTable;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator uploads the 2021 standard as published in Excel, reads the warnings and the parsed clauses
 * beside the source and confirms; two versions are compared as a person reads them. Screenshots under
 * {@code target/screenshots/standard-import-*.png}.
 */
class StandardImportBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshPage() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("/");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear()");
        open("/");
    }

    @Test
    void uploadPreviewConfirmAndCompare() throws Exception {
        String code = "UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path table = Files.createTempFile("kaoping-published-", ".xlsx");
        try (InputStream in = getClass().getResourceAsStream("/standards/dzz-2021-published.xlsx")) {
            Files.copy(in, table, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            signInWith("admin", "demo");
            waitForText(By.id("home-role"), "系统管理员");
            driver.findElement(By.id("nav-admin")).click();
            waitForText(By.cssSelector(".admin-page .page-title"), "系统管理");
            driver.findElement(By.cssSelector(".admin-tabs [role=tab][id$='-tab-standards']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("standards-table"), "DZZ-2021"));

            driver.findElement(By.cssSelector(".standard-import input[type=file]"))
                    .sendKeys(table.toAbsolutePath().toString());
            waitForText(By.id("standard-file-name"), table.getFileName().toString());
            // a table needs what it does not say
            visible(By.id("import-code")).sendKeys(code);
            driver.findElement(By.id("import-name")).sendKeys("界面导入标准");
            click(By.id("standard-preview"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standard-preview-result")));

            // warnings on top, in the page's language: rule 77 printed as "7." is named with its row
            assertThat(text("#standard-warnings"))
                    .contains("10 条警告")
                    .contains("说明 77")
                    .contains("评分说明：印作“7.”，按此处应有的编号读作 77")
                    .contains("表格中没有归口部门，沿用 DZZ-2021 第 1 版的 ORG");
            assertThat(text("#standard-valid")).contains(code).contains("第 1 版").contains("170 个扣分条款");
            // the parsed tree beside the source, each clause's kind, amount, unit and cap
            assertThat(text(".import-source")).contains("1.未按照计划组织专题学习研讨的,每少1次扣0.2分。");
            assertThat(text("[data-clause='1.1']")).contains("按次").contains("0.2");
            assertThat(text("[data-clause='69.1']")).contains("最多").contains("0.6");
            assertThat(text("[data-clause='39.5']")).contains("本评分项不得分");
            assertThat(driver.findElements(By.cssSelector(".import-tree [data-clause]")))
                    .hasSize(170);
            assertThat(horizontalOverflow()).isFalse();
            screenshot("standard-import-01-preview");

            click(By.id("standard-confirm"));
            waitForText(By.id("standard-import-result"), code + " v1");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("standards-table"), code));
            screenshot("standard-import-02-imported");
        } finally {
            Files.deleteIfExists(table);
            jdbc.update("DELETE FROM kp_standard WHERE code = ?", code);
        }
    }

    /**
     * Version 1 is the published table, version 2 deducts 0.3 instead of 0.2 in clause 1.1 and moves a point within
     * 党的领导 (加强政治理论学习 2 → 3, 落实党建工作责任 3 → 2), both imported through the API; the administrator picks
     * the code and the two versions and reads the changes.
     */
    @Test
    void twoVersionsAreComparedOnThePage() {
        String code = "CMP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try {
            String[] fields = {"code", code, "name", "比较标准", "year", "2026"};
            ApiClient admin = as("admin");
            ApiClient.Response v1 = Multipart.post(
                    admin, "/api/standards/import", "v1.xlsx", PublishedTable.edited(UnaryOperator.identity()), fields);
            assertThat(v1.status()).as(v1.body()).isEqualTo(201);
            byte[] changed = PublishedTable.edited(
                    cell -> cell.replace("每少1次扣0.2分", "每少1次扣0.3分"), Map.of("F3", "3分", "F5", "2分"));
            ApiClient.Response v2 = Multipart.post(admin, "/api/standards/import", "v2.xlsx", changed, fields);
            assertThat(v2.status()).as(v2.body()).isEqualTo(201);
            assertThat(v2.json().get("version").asInt()).isEqualTo(2);

            signInWith("admin", "demo");
            waitForText(By.id("home-role"), "系统管理员");
            driver.findElement(By.id("nav-admin")).click();
            waitForText(By.cssSelector(".admin-page .page-title"), "系统管理");
            driver.findElement(By.cssSelector(".admin-tabs [role=tab][id$='-tab-standards']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("standards-table"), code));

            pick("diff-code", code);
            pick("diff-from", "v1");
            pick("diff-to", "v2");
            click(By.id("diff-compare"));
            visible(By.id("diff-result"));

            // rule 1's wording, clause 1.1, and the two secondary indicators changed; nothing added or removed
            assertThat(text("#diff-result")).contains("新增 0 项，删除 0 项，修改 4 项");
            assertThat(cells("CLAUSE:1.1"))
                    .containsExactly(
                            "扣分条款",
                            "1.1",
                            "修改",
                            "扣分: 0.2；原文: 未按照计划组织专题学习研讨的,每少1次扣0.2分",
                            "扣分: 0.3；原文: 未按照计划组织专题学习研讨的,每少1次扣0.3分");
            assertThat(cells("SECONDARY:党的领导 / 加强政治理论学习"))
                    .containsExactly("二级指标", "党的领导 / 加强政治理论学习", "修改", "分值: 2", "分值: 3");
            assertThat(cells("SECONDARY:党的领导 / 落实党建工作责任"))
                    .containsExactly("二级指标", "党的领导 / 落实党建工作责任", "修改", "分值: 3", "分值: 2");
            assertThat(cells("RULE:1")).startsWith("评分说明", "1", "修改");
            // 党的领导 still has its 10 points: no row for it
            assertThat(driver.findElements(By.cssSelector("[data-diff^='PRIMARY:']")))
                    .isEmpty();
            assertThat(text("#diff-result thead")).contains("v1").contains("v2");
            assertThat(horizontalOverflow()).isFalse();
            ((JavascriptExecutor) driver)
                    .executeScript("document.getElementById('diff-result').scrollIntoView({block: 'start'})");
            screenshot("standard-import-03-compare");
        } finally {
            jdbc.update("DELETE FROM kp_standard WHERE code = ?", code);
        }
    }

    /** Opens the select whose input has this id and takes the option labelled so. */
    private void pick(String id, String label) {
        By select = By.xpath(
                "//input[@id='" + id + "']/ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]");
        click(select);
        WebElement input = driver.findElement(By.id(id));
        if (input.getAttribute("readonly") == null) {
            input.sendKeys(label); // a select with search: narrow the list first
        }
        // closed dropdowns stay in the page: the option of the open one is the one shown
        By option = By.cssSelector(".ant-select-dropdown .ant-select-item-option[title='" + label + "']");
        wait.until(d -> d.findElements(option).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null))
                .click();
        wait.until(d -> d.findElement(select)
                .findElement(By.cssSelector(".ant-select-selection-item"))
                .getText()
                .equals(label));
        wait.until(d ->
                d.findElements(By.cssSelector(".ant-select-dropdown")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** The cells of the comparison's row for one change, as shown. */
    private List<String> cells(String change) {
        return driver.findElements(By.cssSelector("#diff-result tr[data-diff='" + change + "'] td")).stream()
                .map(td -> td.getText().trim())
                .toList();
    }
}
