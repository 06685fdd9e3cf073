package com.kaoping.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.audit.AuditEvent;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Two published quarters of 2071 and a third still running, through the HTTP API on MariaDB; every export is
 * downloaded, opened with POI or PDFBox and compared with the JSON the screens show. Expected figures are worked by
 * hand from the seed (1.1 = 0.2 per 次, 2.1 = 0.1 per 篇, 9.1 flat 1, 31.4 flat 0.5; rule 88 bonus as declared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportTest extends MariaDbIntegrationTest {

    @Autowired
    ConfigurableApplicationContext context;

    private final List<AuditEvent> audit = Collections.synchronizedList(new ArrayList<>());
    private final ApplicationListener<PayloadApplicationEvent<AuditEvent>> listener = e -> audit.add(e.getPayload());

    private QuarterDriver q1;
    private QuarterDriver q2;
    private QuarterDriver running;
    private long b05q1;
    private long b06q1;

    @BeforeAll
    void twoPublishedQuarters() {
        context.addApplicationListener(listener);
        // Q1: B05 1.1×3 → 99.40; B06 none + rule 88 0.05 → 100.05; B07 9.1 → 99.00; B08 2.1×2 → 99.80
        q1 = quarter(
                1,
                Map.of(
                        "B05", "[{\"clause\": \"1.1\", \"count\": 3, \"note\": \"少3次专题学习\"}]",
                        "B06", "[]",
                        "B07", "[{\"clause\": \"9.1\"}]",
                        "B08", "[{\"clause\": \"2.1\", \"count\": 2}]"),
                Map.of("B06", "[{\"rule\": 88, \"points\": 0.05, \"note\": \"经验推广\"}]"),
                Map.of());
        // Q2: B05 31.4 → 99.50; B06 1.1×3 → 99.40; B07 none but vetoed (rule 89) → 100.00 vetoed;
        // B08 1.1×3 + 2.1×3 → 99.10
        q2 = quarter(
                2,
                Map.of(
                        "B05", "[{\"clause\": \"31.4\"}]",
                        "B06", "[{\"clause\": \"1.1\", \"count\": 3}]",
                        "B07", "[]",
                        "B08", "[{\"clause\": \"1.1\", \"count\": 3}, {\"clause\": \"2.1\", \"count\": 3}]"),
                Map.of(),
                Map.of("B07", "[{\"rule\": 89, \"reason\": \"国有资产流失\"}]"));
        running = QuarterDriver.open(this, "{\"year\": 2071, \"quarter\": 3, \"branches\": [\"B05\"]}", 1);
        b05q1 = assessmentOf(q1, "B05");
        b06q1 = assessmentOf(q1, "B06");
    }

    @AfterAll
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void theYearRanksByTheMeanOfTheQuartersTiesShareARankAndAVetoGoesLast() {
        JsonNode year = as("branch05").get("/api/years/2071/ranking").json();
        // B06 (100.05 + 99.40) / 2 = 99.725 → 99.73 half up; B05 (99.40 + 99.50) / 2 = 99.45;
        // B08 (99.80 + 99.10) / 2 = 99.45, tied; B07 (99.00 + 100.00) / 2 = 99.50 but vetoed in Q2: 差, last
        assertThat(year).hasSize(4);
        assertEntry(year.get(0), 1, "B06", "第六党总支", "99.73", "好", false);
        assertThat(year.get(0).get("quarters").get("1").decimalValue()).isEqualByComparingTo("100.05");
        assertThat(year.get(0).get("quarters").get("2").decimalValue()).isEqualByComparingTo("99.40");
        assertEntry(year.get(1), 2, "B05", "第五党总支", "99.45", "好", false);
        assertEntry(year.get(2), 2, "B08", "第八党总支", "99.45", "好", false);
        assertEntry(year.get(3), 4, "B07", "第七党总支", "99.50", "差", true);
        // the running third quarter counts for nothing
        assertThat(year.get(1).get("quarters").has("3")).isFalse();
        JsonNode about = as("branch05").get("/api/years/2071").json();
        assertThat(about.get("rule").asText()).isEqualTo("MEAN");
        assertThat(about.get("quarters").toString()).isEqualTo("[1,2]");
        assertThat(as("branch05").get("/api/years/2072/ranking").json()).isEmpty();
        assertThat(as("branch05")
                        .get("/api/years/99/ranking")
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("year");

        try (XSSFWorkbook book = ReportFiles.xlsx(ReportFiles.get(as("branch05"), "/api/years/2071/ranking.xlsx"))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            assertThat(rows.get(0))
                    .containsExactly("名次", "党总支", "编码", "第1季度", "第2季度", "第3季度", "第4季度", "年度得分", "等级", "否决");
            for (int i = 0; i < 4; i++) {
                JsonNode e = year.get(i);
                List<Object> row = rows.get(i + 1);
                assertThat(row.get(0)).isEqualTo(e.get("rank").asDouble());
                assertThat(row.get(2)).isEqualTo(e.get("branch").asText());
                assertThat(row.get(3)).isEqualTo(e.get("quarters").get("1").asDouble());
                assertThat(row.get(4)).isEqualTo(e.get("quarters").get("2").asDouble());
                assertThat(row.get(5)).isNull();
                assertThat(row.get(7)).isEqualTo(e.get("annualScore").asDouble());
                assertThat(row.get(8)).isEqualTo(e.get("grade").asText());
            }
            assertThat(book.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theRankingWorkbookHasTheFiguresOfTheJsonRanking() throws Exception {
        JsonNode ranking =
                as("branch05").get("/api/cycles/" + q2.cycleId() + "/ranking").json();
        // the names as the year's ranking names them
        Map<String, String> names = new java.util.HashMap<>();
        as("branch05")
                .get("/api/years/2071/ranking")
                .json()
                .forEach(e -> names.put(e.get("branch").asText(), e.get("name").asText()));
        int before = exports("ranking.xlsx");
        long since = newestAuditEvent();
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("branch05"), "/api/cycles/" + q2.cycleId() + "/ranking.xlsx"))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<Object>> rows = ReportFiles.rows(sheet);
            List<Object> header = rows.get(0);
            assertThat(header.subList(0, 9)).containsExactly("名次", "党总支", "编码", "基础得分", "加分", "总分", "等级", "否决", "修订");
            // one column per primary indicator, in the standard's order
            JsonNode someCard = as("leader")
                    .get("/api/assessments/"
                            + ranking.get(0).get("assessmentId").asLong())
                    .json()
                    .get("scores")
                    .get("final");
            List<Object> indicators = new ArrayList<>();
            someCard.get("indicators").forEach(p -> indicators.add(p.get("name").asText()));
            assertThat(header.subList(9, header.size())).isEqualTo(indicators).hasSize(8);
            assertThat(rows).hasSize(1 + ranking.size());
            // every row, every column: the ranking's entry and its assessment's final card (GET /api/assessments/{id})
            for (int i = 0; i < ranking.size(); i++) {
                JsonNode e = ranking.get(i);
                List<Object> row = rows.get(i + 1);
                JsonNode card = as("leader")
                        .get("/api/assessments/" + e.get("assessmentId").asLong())
                        .json()
                        .get("scores")
                        .get("final");
                String branch = e.get("branch").asText();
                assertThat(row.get(0)).as(branch).isEqualTo(e.get("rank").asDouble());
                assertThat(row.get(1)).as(branch).isEqualTo(names.get(branch));
                assertThat(row.get(2)).as(branch).isEqualTo(branch);
                assertThat(row.get(3))
                        .as(branch)
                        .isEqualTo(card.get("baseScore").asDouble());
                assertThat(row.get(4))
                        .as(branch)
                        .isEqualTo(card.get("bonusScore").asDouble());
                assertThat(row.get(5)).as(branch).isEqualTo(e.get("totalScore").asDouble());
                assertThat(row.get(5))
                        .as(branch)
                        .isEqualTo(card.get("totalScore").asDouble());
                assertThat(row.get(6)).as(branch).isEqualTo(e.get("grade").asText());
                assertThat(row.get(7)).as(branch).isEqualTo(e.get("vetoed").asBoolean() ? "是" : "否");
                assertThat(row.get(8)).as(branch).isEqualTo(e.get("revision").asDouble());
                for (int c = 0; c < indicators.size(); c++) {
                    JsonNode p = card.get("indicators").get(c);
                    assertThat(p.get("name").asText()).isEqualTo(indicators.get(c));
                    assertThat(row.get(9 + c))
                            .as(branch + " " + indicators.get(c))
                            .isEqualTo(p.get("score").asDouble());
                }
            }
            // hand-worked: B05 first (99.50): 党的领导 10, 思想政治工作 lost 0.5 on 31.4; B07 vetoed, last
            assertThat(rows.get(1).subList(1, 6)).containsExactly("第五党总支", "B05", 99.5, 0.0, 99.5);
            assertThat(rows.get(1).get(9)).isEqualTo(10.0);
            assertThat(rows.get(1).get(11)).isEqualTo(19.5);
            assertThat(rows.get(4).get(2)).isEqualTo("B07");
            assertThat(rows.get(4).get(7)).isEqualTo("是");
            assertThat(sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
        }
        assertThat(exports("ranking.xlsx")).isEqualTo(before + 1);
        AuditEvent last = audit.get(audit.size() - 1);
        assertThat(last.actor()).isEqualTo("branch05");
        assertThat(last.target()).isEqualTo("cycle:" + q2.cycleId());
        // and kept: an administrator finds it in the security audit log (docs/security.md §6)
        List<JsonNode> kept = exportEvents("branch05", since);
        assertThat(kept).hasSize(1);
        JsonNode newest = kept.get(0);
        assertThat(newest.get("target").asText()).isEqualTo("cycle:" + q2.cycleId());
        assertThat(newest.get("details").get("kind").asText()).isEqualTo("ranking.xlsx");
        assertThat(newest.get("details").get("file").asText()).isEqualTo("2071年第2季度排名.xlsx");
    }

    /** The EXPORT events of {@code actor} after event {@code since} in the security audit log, as ADMIN reads it. */
    private List<JsonNode> exportEvents(String actor, long since) {
        List<JsonNode> out = new ArrayList<>();
        as("admin")
                .get("/api/audit/events?type=EXPORT&actor=" + actor + "&size=200")
                .json()
                .get("events")
                .forEach(e -> {
                    if (e.get("id").asLong() > since) {
                        out.add(e);
                    }
                });
        return out;
    }

    /** The id of the newest entry of the security audit log, 0 when empty. */
    private long newestAuditEvent() {
        JsonNode events = as("admin").get("/api/audit/events?size=1").json().get("events");
        return events.isEmpty() ? 0 : events.get(0).get("id").asLong();
    }

    @Test
    void theScoreSheetFollowsTheStandardsTableAndHasTheScreensFigures() throws Exception {
        JsonNode a = q1.assessment("branch05", b05q1);
        JsonNode card = a.get("scores").get("final");
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("branch05"), "/api/assessments/" + b05q1 + "/score-sheet.xlsx"))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<Object>> rows = ReportFiles.rows(sheet);
            assertThat(rows.get(0).get(0).toString()).contains("第五党总支").contains("2071年第1季度");
            int header = indexOf(rows, "考核分类");
            assertThat(rows.get(header))
                    .containsExactly("考核分类", "一级指标", "二级指标", "评分项", "评分说明", "分值", "自评扣分", "审核扣分", "得分");
            List<Object> rule1 = rows.get(header + 1);
            assertThat(rule1.get(0)).isEqualTo("基本考核项");
            assertThat(rule1.get(1)).isEqualTo("党的领导(10分)");
            assertThat(rule1.get(2)).isEqualTo("加强政治理论学习");
            assertThat(rule1.get(4).toString()).startsWith("1.未按照计划组织专题学习研讨的");
            assertThat(rule1.get(5)).isEqualTo(2.0);
            assertThat(rule1.get(6)).isEqualTo(0.6); // self: 1.1 × 3
            assertThat(rule1.get(7)).isEqualTo(0.6); // confirmed as submitted
            assertThat(rule1.get(8)).isEqualTo(1.4);
            // 加强政治理论学习 (rules 1-3) is one merged cell in the secondary and points columns, as published
            assertThat(sheet.getMergedRegions())
                    .contains(new CellRangeAddress(header + 1, header + 3, 2, 2))
                    .contains(new CellRangeAddress(header + 1, header + 3, 5, 5));
            assertThat(total(rows, "总分")).isEqualTo(card.get("totalScore").asDouble());
            assertThat(total(rows, "基础得分")).isEqualTo(card.get("baseScore").asDouble());
            int details = indexOf(rows, "扣分明细");
            assertThat(rows.get(details + 2).get(0)).isEqualTo("1.1");
            assertThat(rows.get(details + 2).get(3)).isEqualTo(3.0);
            assertThat(rows.get(details + 2).get(4)).isEqualTo(-0.6);
            assertThat(rows.get(details + 2).get(6)).isEqualTo("少3次专题学习");
            int signOff = indexOf(rows, "认定与签发");
            assertThat(rows.get(signOff + 2).get(1)).isEqualTo("leader");
            assertThat(rows.get(signOff + 3).get(4).toString())
                    .endsWith(a.get("revisions").get(0).get("contentHash").asText());
        }
        // B06's bonus: declared 0.05, total 100.05
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("leader"), "/api/assessments/" + b06q1 + "/score-sheet.xlsx"))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            int bonuses = indexOf(rows, "加分", 1);
            assertThat(rows.get(bonuses + 2).get(0)).isEqualTo(88.0);
            assertThat(rows.get(bonuses + 2).get(2)).isEqualTo(0.05);
            assertThat(total(rows, "总分")).isEqualTo(100.05);
        }
    }

    @Test
    void theDeductionsListHasOneRowPerFindingOfEveryBranch() throws Exception {
        try (XSSFWorkbook book =
                ReportFiles.xlsx(ReportFiles.get(as("leader"), "/api/cycles/" + q2.cycleId() + "/deductions.xlsx"))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            assertThat(rows.get(0))
                    .containsExactly("党总支", "编码", "条款", "次数", "扣分", "部门", "评分说明", "自评说明", "审核说明", "审核人", "修订");
            // B05 31.4; B06 1.1; B08 1.1 and 2.1 — by branch code, in the standard's order
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1).subList(0, 6)).containsExactly("第五党总支", "B05", "31.4", 1.0, 0.5, "PUB");
            assertThat(rows.get(2).subList(1, 6)).containsExactly("B06", "1.1", 3.0, 0.6, "ORG");
            assertThat(rows.get(3).subList(1, 6)).containsExactly("B08", "1.1", 3.0, 0.6, "ORG");
            assertThat(rows.get(4).subList(1, 6)).containsExactly("B08", "2.1", 3.0, 0.3, "ORG");
            assertThat(rows.get(4).get(10)).isEqualTo(1.0);
        }
        // a reviewer lists its own department's findings only
        try (XSSFWorkbook book = ReportFiles.xlsx(
                ReportFiles.get(as("reviewer-pub"), "/api/cycles/" + q2.cycleId() + "/deductions.xlsx"))) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).get(2)).isEqualTo("31.4");
        }
    }

    @Test
    void theReportPdfCarriesTheBranchsNameAndTotalAsText() {
        ReportFiles.Download pdf = ReportFiles.get(as("branch05"), "/api/assessments/" + b05q1 + "/report.pdf");
        String text = ReportFiles.pdfText(pdf);
        JsonNode card = q1.assessment("branch05", b05q1).get("scores").get("final");
        assertThat(card.get("totalScore").decimalValue()).isEqualByComparingTo("99.40");
        assertThat(text)
                .contains("第五党总支")
                .contains("总分 99.40")
                .contains("等级 好")
                .contains("扣分明细")
                .contains("1.1")
                .contains("认定与签发")
                .contains(q1.assessment("branch05", b05q1)
                        .get("revisions")
                        .get(0)
                        .get("contentHash")
                        .asText())
                .contains("第 1 页 / 共");
        assertThat(pdf.disposition()).contains("filename*=UTF-8''");
    }

    @Test
    void theNoticeListsTheRankingThePublicityPeriodAndHowToObject() {
        String text =
                ReportFiles.pdfText(ReportFiles.get(as("branch06"), "/api/cycles/" + q1.cycleId() + "/notice.pdf"));
        assertThat(text)
                .contains("关于2071年第1季度基层党总支量化考核结果的公示")
                .contains("第六党总支")
                .contains("100.05")
                .contains("公示期")
                .contains("提出异议");
        // 第六 (100.05) before 第八 (99.80), 第五 (99.40), 第七 (99.00)
        assertThat(text.indexOf("第六党总支")).isLessThan(text.indexOf("第八党总支"));
        assertThat(text.indexOf("第八党总支")).isLessThan(text.indexOf("第五党总支"));
        assertThat(text.indexOf("第五党总支")).isLessThan(text.indexOf("第七党总支"));
    }

    @Test
    void downloadsAreAuthorisedLikeTheirJson() {
        // another branch's score sheet and report do not exist for branch06, as in GET /api/assessments/{id}
        assertThat(ReportFiles.get(as("branch06"), "/api/assessments/" + b05q1 + "/score-sheet.xlsx")
                        .status())
                .isEqualTo(404);
        assertThat(ReportFiles.get(as("branch06"), "/api/assessments/" + b05q1 + "/report.pdf")
                        .status())
                .isEqualTo(404);
        assertThat(ReportFiles.get(anonymous(), "/api/assessments/" + b05q1 + "/report.pdf")
                        .status())
                .isEqualTo(401);
        // a running cycle's ranking: branches 403, the leadership group sees it
        String ranking = "/api/cycles/" + running.cycleId() + "/ranking";
        assertThat(as("branch05").get(ranking).status()).isEqualTo(403);
        assertThat(ReportFiles.get(as("branch05"), ranking + ".xlsx").status()).isEqualTo(403);
        assertThat(ReportFiles.get(as("branch05"), "/api/cycles/" + running.cycleId() + "/notice.pdf")
                        .status())
                .isEqualTo(403);
        assertThat(ReportFiles.get(as("leader"), ranking + ".xlsx").status()).isEqualTo(200);
        // branches never list every branch's deductions
        assertThat(ReportFiles.get(as("branch05"), "/api/cycles/" + q1.cycleId() + "/deductions.xlsx")
                        .status())
                .isEqualTo(403);
        assertThat(ReportFiles.get(as("leader"), "/api/cycles/999999/deductions.xlsx")
                        .status())
                .isEqualTo(404);
        assertThat(ReportFiles.get(as("leader"), "/api/assessments/999999/score-sheet.xlsx")
                        .status())
                .isEqualTo(404);
    }

    private void assertEntry(
            JsonNode e, int rank, String branch, String name, String score, String grade, boolean vetoed) {
        assertThat(e.get("rank").asInt()).as(e.toString()).isEqualTo(rank);
        assertThat(e.get("branch").asText()).isEqualTo(branch);
        assertThat(e.get("name").asText()).isEqualTo(name);
        assertThat(e.get("annualScore").decimalValue()).as(e.toString()).isEqualByComparingTo(score);
        assertThat(e.get("grade").asText()).isEqualTo(grade);
        assertThat(e.get("vetoed").asBoolean()).isEqualTo(vetoed);
    }

    private int exports(String kind) {
        synchronized (audit) {
            return (int) audit.stream()
                    .filter(e ->
                            e.type().equals("EXPORT") && kind.equals(e.details().get("kind")))
                    .count();
        }
    }

    private static int indexOf(List<List<Object>> rows, String first) {
        return indexOf(rows, first, 0);
    }

    /** The row whose first cell is {@code first}, skipping {@code skip} earlier ones. */
    private static int indexOf(List<List<Object>> rows, String first, int skip) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && first.equals(rows.get(i).get(0)) && skip-- == 0) {
                return i;
            }
        }
        throw new AssertionError("no row " + first + " in " + rows);
    }

    private static double total(List<List<Object>> rows, String label) {
        return (Double) rows.get(indexOf(rows, label)).get(8);
    }

    private long assessmentOf(QuarterDriver q, String branch) {
        JsonNode ranking =
                as("leader").get("/api/cycles/" + q.cycleId() + "/ranking").json();
        for (JsonNode e : ranking) {
            if (e.get("branch").asText().equals(branch)) {
                return e.get("assessmentId").asLong();
            }
        }
        throw new AssertionError(branch + " not ranked: " + ranking);
    }

    private QuarterDriver quarter(
            int quarter, Map<String, String> findings, Map<String, String> bonuses, Map<String, String> vetoes) {
        return QuarterDriver.published(this, 2071, quarter, findings, bonuses, vetoes);
    }
}
