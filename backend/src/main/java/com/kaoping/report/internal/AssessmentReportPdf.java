package com.kaoping.report.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.PrimaryScore;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.SecondaryScore;
import com.lowagie.text.pdf.BaseFont;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * report.pdf: an assessment's score report — the indicator table, 扣分明细, bonuses, vetoes, grade and the sign-off
 * block (who confirmed, when, revision and hash).
 */
final class AssessmentReportPdf {

    private AssessmentReportPdf() {}

    static void write(ScoreSheet sheet, BaseFont font, ZoneId zone, OutputStream out) {
        ScoreCard card = sheet.card();
        try (PdfReport pdf = new PdfReport(font, out, sheet.title())) {
            pdf.title(Wording.quarter(sheet.cycle().year(), sheet.cycle().quarter()) + "量化考核结果");
            pdf.paragraph("党总支:" + sheet.branchName() + "(" + sheet.branchCode() + ")    评分标准:"
                    + sheet.standard().name() + " 第" + sheet.standard().version() + "版");
            if (card == null) {
                pdf.paragraph("尚未评分。");
                return;
            }
            pdf.paragraph("基础得分 " + PdfReport.text(card.baseScore()) + "    加分 " + PdfReport.text(card.bonusScore())
                    + "    总分 " + PdfReport.text(card.totalScore()) + "    等级 " + card.grade()
                    + (card.vetoed() ? "    (已否决)" : ""));
            if (sheet.record().result() == null) {
                pdf.paragraph("本结果尚未经领导小组认定锁定。");
            }

            pdf.section("指标得分");
            List<List<Object>> rows = new ArrayList<>();
            for (PrimaryScore p : card.indicators()) {
                boolean first = true;
                for (SecondaryScore s : p.secondaries()) {
                    // the primary's name once, on its first row, as the published table merges it
                    rows.add(List.of(first ? p.name() : "", s.name(), s.maxScore(), s.deduction(), s.score()));
                    first = false;
                }
                List<Object> total = new ArrayList<>(List.of(p.name() + " 小计", "", p.maxScore()));
                total.add(p.maxScore().subtract(p.score()));
                total.add(p.score());
                rows.add(total);
            }
            pdf.table(new float[] {3, 5, 1.2f, 1.2f, 1.2f}, List.of("一级指标", "二级指标", "分值", "扣分", "得分"), rows);

            pdf.section("扣分明细");
            List<List<Object>> details = new ArrayList<>();
            for (ScoreSheet.Detail d : sheet.details()) {
                ExplanationLine l = d.line();
                AssessmentRecord.Finding f = d.finding();
                String note =
                        f == null ? "" : join(f.selfNote(), f.reviewNote() == null ? null : "审核:" + f.reviewNote());
                details.add(new ArrayList<>(java.util.Arrays.asList(
                        l.ref(),
                        Wording.kind(l.kind()),
                        l.count() == null ? "" : l.count().toString(),
                        l.points(),
                        join(l.wording(), note))));
            }
            pdf.table(new float[] {1.2f, 1.4f, 0.9f, 1.1f, 7}, List.of("条款", "类型", "次数", "分值", "说明"), details);

            pdf.section("加分");
            List<List<Object>> bonuses = new ArrayList<>();
            for (AssessmentRecord.Bonus b : sheet.record().bonuses()) {
                bonuses.add(java.util.Arrays.asList(
                        b.rule(), b.indicator(), b.declared(), b.confirmed() != null ? b.confirmed() : b.endorsed()));
            }
            pdf.table(new float[] {1, 3, 1.5f, 1.5f}, List.of("规则", "一级指标", "申报", "认定"), bonuses);
            pdf.paragraph("加分合计(封顶后):" + PdfReport.text(card.bonusScore()));

            pdf.section("否决");
            if (sheet.record().vetoes().isEmpty()) {
                pdf.paragraph("无。");
            } else {
                for (AssessmentRecord.Veto v : sheet.record().vetoes()) {
                    pdf.paragraph("第" + v.rule() + "条:" + v.reason() + "(" + v.appliedBy() + ","
                            + Wording.time(v.appliedAt(), zone) + ")");
                }
            }

            pdf.section("认定与签发");
            for (AssessmentRecord.Confirmation c : sheet.record().confirmations()) {
                pdf.paragraph("领导小组认定:" + c.by() + "," + Wording.time(c.at(), zone)
                        + (c.comment() == null ? "" : "," + c.comment()));
            }
            for (AssessmentRecord.Revision r : sheet.record().revisions()) {
                pdf.paragraph("修订 " + r.revision() + ":" + r.createdBy() + "," + Wording.time(r.createdAt(), zone)
                        + (r.reason() == null ? "" : ",原因:" + r.reason()) + ",哈希 " + r.contentHash());
            }
            pdf.signature("考评管理领导小组");
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + ";" + b;
    }
}
