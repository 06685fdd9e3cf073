package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.org.CandidateGroups;
import com.kaoping.support.SessionClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administration page in headless Chromium: the administrator adds a branch (after a refused code) and a
 * branch clerk for it, imports an invalid standard file and reads the validation message next to the upload,
 * browses the standard's tree, and signs out; then the new clerk signs in. Screenshots under
 * {@code target/screenshots/admin-*.png}.
 */
class AdminBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void freshPage() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("/");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear()");
        open("/");
    }

    @Test
    void adminAddsABranchAndItsClerkAndSeesAnInvalidStandardRefused() throws IOException {
        String code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String username = "clerk-" + code.toLowerCase();
        String password = "clerk-pass-1";
        Path invalid = Files.createTempFile("kaoping-invalid-standard-", ".yaml");
        try {
            signInWith("admin", "demo");
            waitForText(By.id("home-role"), "系统管理员");
            driver.findElement(By.id("nav-admin")).click();
            waitForText(By.cssSelector(".admin-page .page-title"), "系统管理");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branches-table"), "B08"));
            screenshot("admin-01-branches");

            // a branch: a lower-case code is refused by the server, its message next to the code
            driver.findElement(By.id("branch-add")).click();
            WebElement codeInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("branch-code")));
            assertThat(text("label[for=branch-code]")).isEqualTo("代码");
            assertThat(text("label[for=branch-name]")).isEqualTo("名称");
            codeInput.sendKeys(code.toLowerCase());
            driver.findElement(By.id("branch-name")).sendKeys("测试党总支");
            driver.findElement(By.id("branch-save")).click();
            WebElement codeError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//input[@id='branch-code']/ancestor::div[contains(@class,'ant-form-item')]"
                            + "//div[contains(@class,'ant-form-item-explain-error')]")));
            assertThat(codeError.getText()).contains("大写字母");
            screenshot("admin-02-branch-code-refused");
            codeInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, code);
            driver.findElement(By.id("branch-save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("branch-code")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branches-table"), code));
            assertThat(text("#branches-table")).contains("测试党总支");

            // a branch clerk for it: the role chooses which select is shown
            tab("users");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-table"), "admin"));
            driver.findElement(By.id("user-add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-username")))
                    .sendKeys(username);
            driver.findElement(By.id("user-display-name")).sendKeys("测试填报人");
            assertThat(driver.findElements(By.cssSelector(".user-branch-select")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector(".user-department-select")))
                    .isEmpty();
            driver.findElement(By.cssSelector(".user-branch-select")).click();
            driver.switchTo().activeElement().sendKeys(code);
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ant-select-dropdown .ant-select-item-option-active")));
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForText(By.cssSelector(".user-branch-select .ant-select-selection-item"), code);
            driver.findElement(By.id("user-password")).sendKeys(password);
            screenshot("admin-03-user-form");
            driver.findElement(By.id("user-save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-username")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-table"), username));
            screenshot("admin-04-users");
            assertThat(groupsOf(username)).containsExactly(CandidateGroups.branch(code));

            // indicator ownership: eight primary indicators with their owners
            tab("owners");
            wait.until(d -> d.findElements(By.cssSelector("#owners-table .owner-select"))
                            .size()
                    == 8);
            assertThat(text("[data-owner='思想政治工作'] .ant-select-selection-item")).isEqualTo("党委宣传部");
            screenshot("admin-05-owners");

            // an invalid standard file: the server's validation message appears next to the upload
            tab("standards");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("standards-table"), "DZZ-2021"));
            assertThat(driver.findElement(By.id("standard-file")).getAttribute("type"))
                    .isEqualTo("file");
            assertThat(text("label[for=standard-file]")).isEqualTo("评分标准文件");
            Files.writeString(invalid, brokenStandard("BROWSER-" + code));
            driver.findElement(By.cssSelector(".standard-import input[type=file]"))
                    .sendKeys(invalid.toAbsolutePath().toString());
            waitForText(By.id("standard-import-error"), "primaries[2] 思想政治工作");
            assertThat(text("#standard-import-error")).contains("文件未通过校验").contains("add up to 19, not 20");
            screenshot("admin-06-standard-refused");

            // the tree of a version, by the standard page itself
            driver.findElement(By.cssSelector("[data-browse='DZZ-2021:1']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".admin-standard-tree [data-clause='1.1']")));
            assertThat(driver.findElements(By.cssSelector(".admin-standard-tree [data-clause]")))
                    .hasSize(170);
            screenshot("admin-07-standard-tree");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out")))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

            // the new clerk signs in, works for the new branch, and sees no administration
            signInWith(username, password);
            // the administrator chose this password: the clerk must choose their own first, then sign in again
            waitForText(By.id("change-password-title"), "修改密码");
            assertThat(text("#change-password-required")).contains("请先设置您自己的新密码");
            screenshot("admin-08a-change-password");
            String own = "我的新密码是二零二六年冬天";
            driver.findElement(By.id("current-password")).sendKeys(password);
            driver.findElement(By.id("new-password")).sendKeys(own);
            driver.findElement(By.id("repeat-password")).sendKeys(own);
            driver.findElement(By.id("change-password-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(text(".sign-in-alert")).contains("密码已修改");
            signInWith(username, own);
            waitForText(By.id("home-role"), "党总支填报人");
            assertThat(text("#home-branch")).endsWith(code);
            assertThat(text("#home-display-name")).isEqualTo("测试填报人");
            assertThat(driver.findElements(By.id("nav-admin"))).isEmpty();
            screenshot("admin-08-new-clerk-home");
            open("/#/admin");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-role")));
            assertThat(driver.findElements(By.cssSelector(".admin-page"))).isEmpty();
        } finally {
            Files.deleteIfExists(invalid);
            jdbc.update("DELETE FROM kp_user WHERE username = ?", username);
            jdbc.update("DELETE FROM kp_branch WHERE code = ?", code);
            if (identity.createUserQuery().userId(username).singleResult() != null) {
                identity.deleteUser(username);
            }
            if (identity.createGroupQuery()
                            .groupId(CandidateGroups.branch(code))
                            .singleResult()
                    != null) {
                identity.deleteGroup(CandidateGroups.branch(code));
            }
        }
    }

    /**
     * 登录锁定 (docs/security.md §2): an account name locked by five wrong passwords (failures count for any name
     * typed) is listed on the users tab with its lock, and its client address with its failures; the administrator
     * lifts the lock with 解锁, after which the name is no longer refused before its password is checked.
     */
    @Test
    void adminSeesALockedAccountAndUnlocksIt() {
        String user = "locked-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // an address of its own behind the trusted local proxy, so no other test's address is counted
        String address = "198.18." + (int) (Math.random() * 250 + 1) + "." + (int) (Math.random() * 250 + 1);
        try {
            SessionClient browserElsewhere = new SessionClient(port, address);
            for (int i = 1; i <= 5; i++) {
                assertThat(browserElsewhere.signIn(user, "wrong-" + i).statusCode())
                        .as("failure " + i)
                        .isEqualTo(401);
            }
            assertThat(new SessionClient(port, address).signIn(user, "demo").statusCode())
                    .isEqualTo(429);

            signInWith("admin", "demo");
            waitForText(By.id("home-role"), "系统管理员");
            driver.findElement(By.id("nav-admin")).click();
            waitForText(By.cssSelector(".admin-page .page-title"), "系统管理");
            tab("users");
            waitForText(By.cssSelector("#sign-in-locks .section-title"), "登录锁定");
            String key = "ACCOUNT:" + user;
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-lock-status='" + key + "']")));
            assertThat(text("[data-lock-status='" + key + "']")).isEqualTo("已锁定");
            assertThat(text("#locks-table")).contains(user).contains("账号");
            // the address that failed five times is listed too, not locked (its limit is 20)
            assertThat(text("[data-lock-status='ADDRESS:" + address + "']")).isEqualTo("有失败");
            assertThat(driver.findElements(By.cssSelector("[data-unlock='ADDRESS:" + address + "']")))
                    .isEmpty();
            ((JavascriptExecutor) driver)
                    .executeScript("document.getElementById('sign-in-locks').scrollIntoView({block: 'start'})");
            screenshot("admin-09-sign-in-locks");

            click(By.cssSelector("[data-unlock='" + key + "']"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("[data-lock-status='" + key + "']")));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM kp_sign_in_throttle WHERE kind = 'ACCOUNT' AND subject = ?",
                            Integer.class,
                            user))
                    .isZero();
            // no longer refused before the password is checked: a wrong one is 401 again, not 429
            assertThat(new SessionClient(port, address).signIn(user, "wrong-6").statusCode())
                    .isEqualTo(401);
            screenshot("admin-10-unlocked");
        } finally {
            jdbc.update("DELETE FROM kp_sign_in_throttle WHERE subject IN (?, ?)", user, address);
        }
    }

    /** The shipped standard under another code, with 思想政治工作's first secondary at 4 points instead of 5. */
    private static String brokenStandard(String code) throws IOException {
        try (InputStream in = AdminBrowserTest.class.getResourceAsStream("/standards/dzz-2021.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^code: .*$", "code: " + code);
            String broken = yaml.replaceFirst("(name: \"落实意识形态工作责任制\"\\s+points: )5", "$14");
            assertThat(broken).isNotEqualTo(yaml);
            return broken;
        }
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .toList();
    }

    private void tab(String key) {
        driver.findElement(By.cssSelector(".admin-tabs [role=tab][id$='-tab-" + key + "']"))
                .click();
    }
}
