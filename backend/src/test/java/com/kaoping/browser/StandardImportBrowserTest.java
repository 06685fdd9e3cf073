package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator uploads the 2021 standard as published in Excel, reads the warnings and the parsed clauses
 * beside the source, confirms, and compares the new version with an earlier one. Screenshots under
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

            // warnings on top: rule 77 printed as "7." is named with its row
            assertThat(text("#standard-warnings"))
                    .contains("10 条警告")
                    .contains("说明 77")
                    .contains("\"7.\"");
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
}
