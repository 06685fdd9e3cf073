package com.kaoping.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.support.ApiClient;
import com.kaoping.support.MariaDbIntegrationTest;
import com.kaoping.support.QuarterDriver;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Least privilege for reviewers in the downloads (docs/security.md §5, docs/reports.md): a reviewer's score sheet
 * and PDF report show another department's indicators as totals only — no per-rule deductions, 扣分明细 lines,
 * notes, bonuses or correction reasons of indicators it does not own — exactly as GET /api/assessments/{id} does.
 *
 * <p>One branch (B05) of 2066 Q1, worked by hand from the seed: self-assessed 1.1 ×3 (ORG, 党的领导, 0.2 per 次) =
 * 0.60 and 31.4 ×1 (PUB, 思想政治工作, 0.5 per 次) = 0.50; ORG lowers 1.1 to ×2 = 0.40 (with its note); bonuses 85 on
 * 组织工作 (ORG) 0.50 and 86 on 思想政治工作 (PUB) 0.30; locked at 99.10 + 0.80 = 99.90; an accepted objection adds
 * 2.1 ×1 (ORG, 0.1 per 篇): revision 2 at 99.00 + 0.80 = 99.80, 党的领导 10 − 0.50 = 9.50, its 加强政治理论学习
 * 2 − 0.50 = 1.50, 思想政治工作 20 − 0.50 = 19.50, its 落实意识形态工作责任制 5 − 0.50 = 4.50.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerExportTest extends MariaDbIntegrationTest {

    private static final String ORG_NOTE = "组织条款自评说明";
    private static final String ORG_REVIEW_NOTE = "组织部门审核说明";
    private static final String PUB_NOTE = "宣传条款自评说明";
    private static final String ORG_BONUS_NOTE = "组织加分说明";
    private static final String PUB_BONUS_NOTE = "宣传加分说明";
    private static final String CONFIRMATION_COMMENT = "领导小组认定意见";
    private static final String CORRECTION_REASON = "异议成立补记篇目缺失";

    private long b05;

    @BeforeAll
    void oneCorrectedAssessmentWithFindingsOfTwoDepartments() {
        QuarterDriver q = QuarterDriver.open(this, "{\"year\": 2066, \"quarter\": 1, \"branches\": [\"B05\"]}", 1);
        b05 = q.assessmentId("branch05", "B05");
        q.complete("branch05", "selfAssessment", "B05", """
                {"findings": [{"clause": "1.1", "count": 3, "note": "%s"},
                              {"clause": "31.4", "count": 1, "note": "%s"}], "comment": "按时自评"}""".formatted(ORG_NOTE, PUB_NOTE));
        for (String dept : List.of("org", "pub", "disc", "prod", "sec", "union")) {
            String body = dept.equals("org")
                    ? "{\"decision\": \"approve\", \"findings\": [{\"clause\": \"1.1\", \"count\": 2, \"note\": \""
                            + ORG_REVIEW_NOTE + "\"}]}"
                    : "{\"decision\": \"approve\"}";
            q.complete("reviewer-" + dept, "departmentReview", "B05", body);
        }
        q.complete("branch05", "bonusDeclaration", "B05", """
                {"bonuses": [{"rule": 85, "indicator": "组织工作", "points": 0.5, "note": "%s"},
                             {"rule": 86, "indicator": "思想政治工作", "points": 0.3, "note": "%s"}]}""".formatted(ORG_BONUS_NOTE, PUB_BONUS_NOTE));
        q.complete("reviewer-org", "bonusEndorsement", "B05", "{\"decision\": \"approve\"}");
        q.complete("reviewer-pub", "bonusEndorsement", "B05", "{\"decision\": \"approve\"}");
        q.complete(
                "leader",
                "leadershipConfirmation",
                "B05",
                "{\"decision\": \"approve\", \"vetoes\": [], \"comment\": \"" + CONFIRMATION_COMMENT + "\"}");
        q.await(
                "publication task",
                () -> q.findTask("leader", "publication", null).isPresent());
        q.complete("leader", "publication", null, "{}");
        ApiClient.Response objection =
                as("branch05").post("/api/assessments/" + b05 + "/objections", "{\"reason\": \"2.1 漏报\"}");
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        q.complete("leader", "objectionAnswer", null, """
                {"decision": "accept", "answer": "经核实予以更正",
                 "correction": {"findings": [{"clause": "2.1", "count": 1}], "reason": "%s"}}""".formatted(CORRECTION_REASON));
        JsonNode corrected = q.assessment("leader", b05);
        assertThat(corrected.get("revisions")).hasSize(2);
        assertThat(corrected.get("scores").get("final").get("totalScore").decimalValue())
                .isEqualByComparingTo("99.80");
    }

    @Test
    void aReviewersScoreSheetShowsOtherDepartmentsIndicatorsAsTotalsOnly() throws Exception {
        try (XSSFWorkbook book = sheet("reviewer-pub")) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            String all = rows.toString();
            // ORG's 党的领导: rules 1 (1.1) and 2 (2.1) cost points, but PUB sees neither the rules' nor the
            // secondary's figures
            for (int rule : new int[] {1, 2}) {
                List<Object> row = rule(rows, "党的领导(10分)", rule);
                assertThat(row.subList(6, 9)).as("rule " + rule).containsOnlyNulls();
            }
            // its own 思想政治工作: rule 31 (31.4) in full
            assertThat(rule(rows, "思想政治工作(20分)", 31).subList(6, 9)).containsExactly(0.5, 0.5, 4.5);
            // every indicator's total stays
            assertThat(indicator(rows, "党的领导")).containsExactly(10.0, 0.5, 9.5);
            assertThat(indicator(rows, "思想政治工作")).containsExactly(20.0, 0.5, 19.5);
            assertThat(total(rows, "基础得分")).isEqualTo(99.0);
            assertThat(total(rows, "加分")).isEqualTo(0.8);
            assertThat(total(rows, "总分")).isEqualTo(99.8);
            // 扣分明细: its own clause and note only
            List<Object> clauses = column(rows, indexOf(rows, "扣分明细") + 2, 0);
            assertThat(clauses).contains("31.4").doesNotContain("1.1", "2.1");
            // bonuses: its own (86) only, with its note
            List<Object> bonusRules = column(rows, indexOf(rows, "加分", 1) + 2, 0);
            assertThat(bonusRules).containsExactly(86.0);
            assertThat(all)
                    .contains(PUB_NOTE, PUB_BONUS_NOTE)
                    .doesNotContain(ORG_NOTE, ORG_REVIEW_NOTE, ORG_BONUS_NOTE, CORRECTION_REASON, CONFIRMATION_COMMENT);
            // the sign-off: who and when, each revision's hash, without the correction's reason
            int signOff = indexOf(rows, "认定与签发");
            assertThat(rows.get(signOff + 2).get(1)).isEqualTo("leader");
            assertThat(rows.get(signOff + 4).get(4).toString()).isEqualTo(hash(2));
        }

        try (XSSFWorkbook book = sheet("reviewer-org")) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            // self: 1.1 × 3 = 0.60; final: ×2 = 0.40, and 2.1 × 1 = 0.10 from the correction; 加强政治理论学习 2 − 0.50
            assertThat(rule(rows, "党的领导(10分)", 1).subList(6, 9)).containsExactly(0.6, 0.4, 1.5);
            assertThat(rule(rows, "党的领导(10分)", 2).subList(6, 8)).containsExactly(null, 0.1);
            assertThat(rule(rows, "思想政治工作(20分)", 31).subList(6, 9)).containsOnlyNulls();
            assertThat(column(rows, indexOf(rows, "扣分明细") + 2, 0))
                    .contains("1.1", "2.1")
                    .doesNotContain("31.4");
            assertThat(column(rows, indexOf(rows, "加分", 1) + 2, 0)).containsExactly(85.0);
            assertThat(rows.toString())
                    .contains(ORG_NOTE, ORG_REVIEW_NOTE, ORG_BONUS_NOTE)
                    .doesNotContain(PUB_NOTE, PUB_BONUS_NOTE, CORRECTION_REASON);
        }

        // the leadership group sees everything, the correction's reason too
        try (XSSFWorkbook book = sheet("leader")) {
            List<List<Object>> rows = ReportFiles.rows(book.getSheetAt(0));
            assertThat(rule(rows, "党的领导(10分)", 1).subList(6, 9)).containsExactly(0.6, 0.4, 1.5);
            assertThat(rule(rows, "思想政治工作(20分)", 31).subList(6, 9)).containsExactly(0.5, 0.5, 4.5);
            assertThat(column(rows, indexOf(rows, "扣分明细") + 2, 0)).contains("1.1", "2.1", "31.4");
            assertThat(column(rows, indexOf(rows, "加分", 1) + 2, 0)).containsExactly(85.0, 86.0);
            assertThat(rows.toString()).contains(ORG_NOTE, PUB_NOTE, ORG_BONUS_NOTE, PUB_BONUS_NOTE, CORRECTION_REASON);
        }
    }

    @Test
    void aReviewersReportPdfShowsOtherDepartmentsIndicatorsAsTotalsOnly() {
        String pub =
                ReportFiles.pdfText(ReportFiles.get(as("reviewer-pub"), "/api/assessments/" + b05 + "/report.pdf"));
        assertThat(pub)
                .contains("总分 99.80")
                .contains("党的领导 小计 10.00 0.50 9.50")
                .contains("落实意识形态工作责任制")
                .contains("31.4")
                .contains(PUB_NOTE)
                .contains(hash(2))
                // ORG's secondary indicators, its clause lines (1.1's wording), notes; the correction's reason
                .doesNotContain("加强政治理论学习")
                .doesNotContain("未按照计划组织专题学习研讨")
                .doesNotContain("要求学习篇目缺失")
                .doesNotContain(ORG_NOTE)
                .doesNotContain(ORG_REVIEW_NOTE)
                .doesNotContain(CORRECTION_REASON)
                .doesNotContain(CONFIRMATION_COMMENT);

        String org =
                ReportFiles.pdfText(ReportFiles.get(as("reviewer-org"), "/api/assessments/" + b05 + "/report.pdf"));
        assertThat(org)
                .contains("总分 99.80")
                .contains("加强政治理论学习")
                .contains("未按照计划组织专题学习研讨")
                .contains(ORG_NOTE)
                .contains(ORG_REVIEW_NOTE)
                .contains("思想政治工作 小计")
                .doesNotContain("落实意识形态工作责任制")
                .doesNotContain(PUB_NOTE)
                .doesNotContain(CORRECTION_REASON);

        String leader = ReportFiles.pdfText(ReportFiles.get(as("leader"), "/api/assessments/" + b05 + "/report.pdf"));
        assertThat(leader).contains(ORG_NOTE, PUB_NOTE, "加强政治理论学习", "落实意识形态工作责任制", CORRECTION_REASON);
    }

    private XSSFWorkbook sheet(String user) {
        return ReportFiles.xlsx(ReportFiles.get(as(user), "/api/assessments/" + b05 + "/score-sheet.xlsx"));
    }

    private String hash(int revision) {
        for (JsonNode r : as("leader").get("/api/assessments/" + b05).json().get("revisions")) {
            if (r.get("revision").asInt() == revision) {
                return r.get("contentHash").asText();
            }
        }
        throw new AssertionError("no revision " + revision);
    }

    /** The table row of rule {@code rule} (评分说明 "31.…") under the primary indicator cell {@code primary}. */
    private static List<Object> rule(List<List<Object>> rows, String primary, int rule) {
        int header = indexOf(rows, "考核分类");
        String current = null;
        for (int i = header + 1; i < rows.size() && !rows.get(i).isEmpty(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() > 1 && row.get(1) != null) {
                current = row.get(1).toString();
            }
            if (primary.equals(current)
                    && row.size() > 4
                    && row.get(4) != null
                    && row.get(4).toString().startsWith(rule + ".")) {
                return row;
            }
        }
        throw new AssertionError("no rule " + rule + " of " + primary + " in " + rows);
    }

    /** 分值, 扣分, 得分 of a primary indicator in the 指标得分 table. */
    private static List<Object> indicator(List<List<Object>> rows, String primary) {
        for (int i = indexOf(rows, "指标得分") + 2; i < rows.size() && !rows.get(i).isEmpty(); i++) {
            if (primary.equals(rows.get(i).get(0))) {
                return rows.get(i).subList(1, 4);
            }
        }
        throw new AssertionError("no indicator " + primary + " in " + rows);
    }

    /** The values of one column from row {@code first} to the next empty row. */
    private static List<Object> column(List<List<Object>> rows, int first, int col) {
        List<Object> out = new java.util.ArrayList<>();
        for (int i = first;
                i < rows.size() && !rows.get(i).isEmpty() && rows.get(i).get(0) != null;
                i++) {
            out.add(rows.get(i).get(col));
        }
        return out;
    }

    private static int indexOf(List<List<Object>> rows, String first) {
        return indexOf(rows, first, 0);
    }

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
}
