package com.kaoping.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 10 in the browser: each role's home page says what to do next with its deadline; a returned branch sees what
 * the reviewer changed and the reviewed score beside its own; counts are refused, never rounded; at 768×1024 the
 * live score stays in view; and every page speaks one language — in zh-CN no English word outside a small list of
 * codes, units and names, in English no Chinese outside the standard's own text and the organisation's names.
 * Screenshots: target/screenshots/h*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomeAndLanguageBrowserTest extends BrowserTest {

    private static QuarterDriver quarter;
    private static long assessment;

    /** 2088 Q2 for B07: the branch submits 1.1 ×2, 党委组织部 returns it, the others approve. */
    private void returnedQuarter() {
        if (quarter != null) {
            return;
        }
        quarter = QuarterDriver.open(this, "{\"year\": 2088, \"quarter\": 2, \"branches\": [\"B07\"]}", 1);
        assessment = quarter.assessmentId("branch07", "B07");
        quarter.complete(
                "branch07",
                "selfAssessment",
                "B07",
                "{\"findings\": [{\"clause\": \"1.1\", \"count\": 2}], \"comment\": \"按计划学习\"}");
        quarter.complete(
                "reviewer-org",
                "departmentReview",
                "B07",
                "{\"decision\": \"return\", \"findings\": [{\"clause\": \"1.1\", \"count\": 3, \"note\": \"记录显示少3次\"}],"
                        + " \"comment\": \"请补充1.1的学习记录\"}");
        for (String department : List.of("pub", "disc", "prod", "sec", "union")) {
            if (quarter.findTask("reviewer-" + department, "departmentReview", "B07")
                    .isPresent()) {
                quarter.complete("reviewer-" + department, "departmentReview", "B07", "{\"decision\": \"approve\"}");
            }
        }
        quarter.await(
                "the branch has its self-assessment back",
                () -> quarter.findTask("branch07", "selfAssessment", "B07").isPresent());
    }

    private void chinese() {
        open("/");
        ((JavascriptExecutor) driver).executeScript("window.localStorage.setItem('kaoping.locale', 'zh-CN');");
    }

    @Test
    @Order(1)
    void aReturnedBranchSeesWhatToDoAndWhatChanged() {
        returnedQuarter();
        driver.manage().window().setSize(new Dimension(1366, 768));
        chinese();
        signIn("branch07");
        // other tests' quarters may give B07 tasks of their own (overdue ones first): this quarter's is the returned
        // one
        visible(By.cssSelector("#home-pending [data-task-key=selfAssessment]"));
        WebElement pending =
                wait.until(d -> d.findElements(By.cssSelector("#home-pending [data-task-key=selfAssessment]")).stream()
                        .filter(e -> e.getText().contains("已退回"))
                        .findFirst()
                        .orElse(null));
        assertThat(pending.getText())
                .contains("自评")
                .contains("第七党总支")
                .contains("已退回")
                .contains("截止");
        waitForText(By.id("home-return-comment"), "请补充1.1的学习记录");
        // the stepper: 自评 is the step again (returned), 党委组织部 returned it, the others approved
        WebElement stepper = visible(By.id("home-stepper"));
        assertThat(stepper.getText()).contains("自评", "部门审核", "加分申报", "领导小组认定", "公示");
        assertThat(text("#home-stepper [data-department=ORG]"))
                .contains("党委组织部")
                .contains("已退回");
        assertThat(text("#home-stepper [data-department=PUB]")).contains("已通过");
        // 100 − 3 × 0.2 = 99.40 after the review
        waitForText(By.id("home-score"), "99.40");
        waitForText(By.id("home-mine"), "2088 年第 2 季度");
        screenshot("h01-home-branch-zh");

        // the task: the reviewer's change beside the branch's own entry, the reviewed score beside its own
        pending.findElement(By.cssSelector("a")).click();
        WebElement change = visible(By.cssSelector("[data-reviewed='1.1']"));
        assertThat(change.getText()).contains("审核后 3").contains("党委组织部").contains("记录显示少3次");
        waitForText(By.id("reviewed-score"), "99.40");
        waitForText(By.id("own-score"), "99.60");
        assertThat(visible(By.id("self-comment")).getAttribute("value")).isEqualTo("按计划学习");
        screenshot("h02-rework-branch-zh");

        // a fraction is refused next to the field with the allowed range, and stays as typed
        WebElement count = visible(By.id("clause-1.1"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "2.5");
        waitForText(By.id("clause-1.1-range"), "0–9999");
        assertThat(count.getAttribute("value")).isEqualTo("2.5");
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "-2");
        waitForText(By.id("clause-1.1-range"), "0–9999");
        assertThat(count.getAttribute("value")).isEqualTo("-2");
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "2");
        wait.until(d -> d.findElements(By.id("clause-1.1-range")).isEmpty());

        // a tablet: the live score stays in view while filling in, far down the form
        driver.manage().window().setSize(new Dimension(768, 1024));
        WebElement lastClause = visible(By.id("self-comment"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", lastClause);
        WebElement summary = visible(By.id("summary-col"));
        assertThat(inViewport(summary)).as("live score in view at 768×1024").isTrue();
        assertThat(horizontalOverflow()).isFalse();
        screenshot("h03-rework-tablet-zh");

        // a laptop: the form and the score side by side, nothing overlapping
        driver.manage().window().setSize(new Dimension(1366, 768));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        assertThat(overlap(
                        By.cssSelector(".self-assessment-page .clause-tree, .self-assessment-page .ant-collapse"),
                        By.id("summary-col")))
                .as("form and score overlap at 1366×768")
                .isFalse();
        assertThat(horizontalOverflow()).isFalse();
        screenshot("h04-rework-laptop-zh");
    }

    @Test
    @Order(2)
    void reviewersAndTheLeadershipGroupSeeTheirWorkAndWhatTheyDid() {
        returnedQuarter();
        driver.manage().window().setSize(new Dimension(1366, 768));
        chinese();
        signIn("reviewer-org");
        visible(By.id("home-pending"));
        waitForText(By.id("home-done"), "部门审核退回");
        assertThat(text("#home-done")).contains("第七党总支").contains("2088 年第 2 季度");
        screenshot("h05-home-reviewer-zh");
        click(By.cssSelector("#home-done .detail-link"));
        visible(By.id("assessment-title"));
        screenshot("h06-assessment-story-zh");

        signIn("leader");
        visible(By.id("home-pending"));
        visible(By.id("home-done"));
        screenshot("h07-home-leader-zh");

        signIn("admin");
        visible(By.id("home-done"));
        screenshot("h08-home-admin-zh");
    }

    /** Codes, units and names a Chinese page may show in Latin letters. */
    private static final Set<String> LATIN_ALLOWED = Set.of(
            "dzz",
            "DZZ",
            "Excel",
            "PDF",
            "xlsx",
            "English",
            "Kaoping",
            "admin",
            "leader",
            "reviewer",
            "org",
            "pub",
            "disc",
            "prod",
            "sec",
            "union",
            "branch",
            "demo",
            "SHA",
            "ORG",
            "PUB",
            "DISC",
            "PROD",
            "SEC",
            "UNION",
            "LEAD",
            "ADMIN",
            "LEADER",
            "REVIEWER",
            "BRANCH",
            "OPERATOR",
            "yaml",
            "json",
            "docx",
            "pptx",
            "png",
            "jpg",
            "gif");

    @Test
    @Order(3)
    void everyPageSpeaksOneLanguage() {
        returnedQuarter();
        driver.manage().window().setSize(new Dimension(1366, 768));
        JsonNode standard = as("admin").get("/api/standards").json();
        String code = standard.get(0).get("code").asText();
        Set<String> data =
                new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        JsonNode tree = as("admin").get("/api/standards/" + code).json();
        collectStrings(tree, data);
        // the grades (好, 差) are the standard's, but an English page names them in English
        tree.path("grades").forEach(g -> data.remove(g.path("grade").asText()));
        as("admin").get("/api/org/names").json().get("branches").forEach(n -> data.add(n.asText()));
        // people's names and what they typed are data too
        as("admin")
                .get("/api/admin/users")
                .json()
                .forEach(u -> data.add(u.get("displayName").asText()));
        data.addAll(List.of("按计划学习", "请补充1.1的学习记录", "记录显示少3次", "中文"));
        long cycle = quarter.cycleId();
        Map<String, List<String>> pagesByUser = Map.of(
                "admin",
                List.of(
                        "/#/",
                        "/#/standard",
                        "/#/calculator",
                        "/#/tasks",
                        "/#/cycles",
                        "/#/cycles/" + cycle,
                        "/#/results",
                        "/#/years",
                        "/#/assessments/" + assessment,
                        "/#/done",
                        "/#/admin"),
                "branch07",
                List.of("/#/", "/#/my-assessments", "/#/assessments/" + assessment, "/#/tasks"));
        List<String> leaks = new ArrayList<>();
        for (String language : List.of("zh-CN", "en")) {
            for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
                open("/");
                ((JavascriptExecutor) driver)
                        .executeScript("window.localStorage.setItem('kaoping.locale', arguments[0]);", language);
                signIn(entry.getKey());
                int n = 0;
                for (String page : entry.getValue()) {
                    open(page);
                    driver.navigate().refresh();
                    visible(By.cssSelector("#main-content .page"));
                    settle();
                    String shown = (String) ((JavascriptExecutor) driver)
                            .executeScript("return document.querySelector('#app').innerText;");
                    leaks.addAll(language.equals("en") ? chineseOutside(shown, data, page) : englishIn(shown, page));
                    screenshot("h9-" + language + "-" + entry.getKey() + "-" + (n++));
                }
            }
        }
        assertThat(leaks).as("words of the other language").isEmpty();
    }

    /** Lets the page's requests answer (spinners gone). */
    private void settle() {
        wait.until(d -> d.findElements(By.cssSelector("#main-content .ant-spin-spinning"))
                .isEmpty());
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> englishIn(String shown, String page) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(shown);
        while (m.find()) {
            // codes (DZZ, B07, ORG) stay as they are
            if (!LATIN_ALLOWED.contains(m.group()) && !m.group().matches("[A-Z0-9]+")) {
                found.add(m.group());
            }
        }
        return found.stream().map(w -> "zh-CN " + page + ": " + w).toList();
    }

    private static List<String> chineseOutside(String shown, Set<String> data, String page) {
        String rest = shown;
        for (String d : data) {
            rest = rest.replace(d, " ");
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile("[\\p{IsHan}，。：；（）、“”]+").matcher(rest);
        while (m.find()) {
            if (m.group().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                found.add(m.group());
            }
        }
        return found.stream().map(w -> "en " + page + ": " + w).toList();
    }

    private static void collectStrings(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            if (node.asText()
                    .codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                out.add(node.asText());
            }
        } else {
            node.forEach(child -> collectStrings(child, out));
        }
    }

    private boolean inViewport(WebElement element) {
        Object result = ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= -1 && r.top < window.innerHeight / 2 && r.height > 40;",
                        element);
        return Boolean.TRUE.equals(result);
    }

    private boolean overlap(By first, By second) {
        WebElement a = driver.findElement(first);
        WebElement b = driver.findElement(second);
        Object result = ((JavascriptExecutor) driver)
                .executeScript(
                        "const a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                                + " return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;",
                        a,
                        b);
        return Boolean.TRUE.equals(result);
    }
}
