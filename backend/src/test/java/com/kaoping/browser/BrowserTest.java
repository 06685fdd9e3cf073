package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.support.MariaDbIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Debian Chromium driven by Selenium against the whole application (the shared MariaDB context), with
 * the page helpers every browser test uses. Driver and browser paths are explicit, so Selenium never tries to
 * download a browser; a screenshot of every page goes to {@code target/screenshots}.
 */
abstract class BrowserTest extends MariaDbIntegrationTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Duration TIMEOUT = Duration.ofSeconds(30);

    protected static ChromeDriver driver;
    private static Path profile;
    protected WebDriverWait wait;

    /** On failure: the page as the browser saw it, its console, and a screenshot, for the one who has to fix it. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            StringBuilder console = new StringBuilder("URL " + driver.getCurrentUrl() + "\n");
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                console.append(entry.getLevel())
                        .append(' ')
                        .append(entry.getMessage())
                        .append('\n');
            }
            Files.writeString(SCREENSHOTS.resolve(name + ".console.txt"), console);
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Chromium and chromedriver are needed for browser tests (apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("kaoping-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,768",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @BeforeEach
    void newWait() {
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** Every page works under the Content-Security-Policy: the browser reported no violation (docs/security.md). */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        assertThat(violations).as("CSP violations").isEmpty();
    }

    protected void signInWith(String user, String password) {
        WebElement username = visible(By.id("username"));
        username.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, user);
        WebElement pass = driver.findElement(By.id("password"));
        pass.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, password, Keys.ENTER);
    }

    /** Signs a demo user in afresh (no cookies, no session left from the previous user). */
    protected void signIn(String user) {
        open("/");
        driver.manage().deleteAllCookies();
        open("/#/sign-in");
        driver.navigate().refresh();
        signInWith(user, "demo");
        visible(By.id("current-user-name"));
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    protected WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    protected String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    protected void waitForText(By locator, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
    }

    /**
     * An attribute of every element the selector finds, read in one script: a table re-rendering meanwhile cannot
     * leave a stale element between finding the rows and reading them.
     */
    @SuppressWarnings("unchecked")
    protected List<String> attributesOf(String css, String attribute) {
        Object values = ((JavascriptExecutor) driver)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0]))"
                                + ".map(e => e.getAttribute(arguments[1]));",
                        css,
                        attribute);
        return new ArrayList<>((List<String>) values);
    }

    /** The text of the open confirmation dialog (Modal.confirm). */
    protected String confirmText() {
        return visible(By.cssSelector(".ant-modal-confirm .ant-modal-confirm-body"))
                .getText();
    }

    /** Confirms the open dialog and waits until it has gone. */
    protected void confirm() {
        click(By.cssSelector(".ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal-confirm")));
    }

    protected boolean horizontalOverflow() {
        Object result = ((JavascriptExecutor) driver)
                .executeScript(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        return Boolean.TRUE.equals(result);
    }

    protected void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
