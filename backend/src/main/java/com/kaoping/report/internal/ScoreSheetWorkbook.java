package com.kaoping.report.internal;

import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.PrimaryScore;
import com.kaoping.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The score sheet as the published standard prints it (考核分类, 一级指标, 二级指标, 评分项, 评分说明, 分值, 自评扣分,
 * 审核扣分, 得分, cells of one group merged), the totals and each primary indicator's (指标得分), then the bonuses, vetoes,
 * 扣分明细 and who confirmed it when.
 */
final class ScoreSheetWorkbook {

    private ScoreSheetWorkbook() {}

    static void write(ScoreSheet sheet, ZoneId zone, OutputStream out) throws IOException {
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Sheet s = book.sheet("评分表", 12, 16, 20, 36, 60, 8, 10, 10, 8);
            s.title(sheet.title());
            s.line(
                    "评分标准:" + sheet.standard().name() + "(" + sheet.standard().code() + " 第"
                            + sheet.standard().version() + "版)",
                    "",
                    "",
                    "",
                    sheet.card() == null ? "尚未评分" : status(sheet));
            s.header(true, "考核分类", "一级指标", "二级指标", "评分项", "评分说明", "分值", "自评扣分", "审核扣分", "得分");
            List<ScoreSheet.RuleRow> rows = sheet.rows();
            int first = s.nextRow();
            for (ScoreSheet.RuleRow r : rows) {
                s.row(
                        r.category(),
                        r.primary() + "("
                                + r.primaryPoints().stripTrailingZeros().toPlainString() + "分)",
                        r.secondary(),
                        r.item() + "." + r.itemText(),
                        r.rule() + "." + r.ruleText(),
                        r.secondaryPoints(),
                        r.selfDeduction(),
                        r.deduction(),
                        r.secondaryScore());
            }
            merge(s, rows, first, ScoreSheet.RuleRow::category, 0);
            merge(s, rows, first, r -> r.category() + r.primary(), 1);
            merge(s, rows, first, r -> r.primary() + "/" + r.secondary(), 2);
            merge(s, rows, first, r -> r.primary() + "/" + r.secondary(), 5);
            merge(s, rows, first, r -> r.primary() + "/" + r.secondary(), 8);
            merge(s, rows, first, r -> r.primary() + "/" + r.secondary() + "/" + r.item(), 3);
            ScoreCard card = sheet.card();
            if (card != null) {
                s.row("基础得分", null, null, null, null, sheet.standard().totalPoints(), null, null, card.baseScore());
                s.row("加分", null, null, null, null, null, null, null, card.bonusScore());
                s.row("总分", null, null, null, null, null, null, null, card.totalScore());
                s.row("等级", null, null, null, null, null, null, null, card.grade());

                // every indicator's total, also of those whose rules a reviewer does not see (docs/reports.md)
                s.blank();
                s.title("指标得分");
                s.header(false, "一级指标", "分值", "扣分", "得分", "加分");
                for (PrimaryScore p : card.indicators()) {
                    s.row(p.name(), p.maxScore(), p.maxScore().subtract(p.score()), p.score(), p.bonus());
                }
            }

            s.blank();
            s.title("加分");
            s.header(false, "规则", "一级指标", "申报", "部门认可", "领导小组认定", "说明");
            for (AssessmentRecord.Bonus b : sheet.record().bonuses()) {
                s.row(b.rule(), b.indicator(), b.declared(), b.endorsed(), b.confirmed(), b.note());
            }
            s.blank();
            s.title("否决");
            s.header(false, "规则", "理由", "认定人", "时间");
            for (AssessmentRecord.Veto v : sheet.record().vetoes()) {
                s.row(v.rule(), v.reason(), v.appliedBy(), Wording.time(v.appliedAt(), zone));
            }
            s.blank();
            s.title("扣分明细");
            s.header(false, "条款", "指标", "类型", "次数", "分值", "评分说明", "自评说明", "审核说明", "审核人");
            for (ScoreSheet.Detail d : sheet.details()) {
                ExplanationLine l = d.line();
                AssessmentRecord.Finding f = d.finding();
                s.row(
                        l.ref(),
                        l.indicator(),
                        Wording.kind(l.kind()),
                        l.count(),
                        l.points(),
                        l.wording(),
                        f == null ? null : f.selfNote(),
                        f == null ? null : f.reviewNote(),
                        f == null ? null : f.reviewedBy());
            }
            s.blank();
            s.title("认定与签发");
            s.header(false, "事项", "人员", "时间", "修订", "说明 / 哈希");
            for (AssessmentRecord.Confirmation c : sheet.record().confirmations()) {
                s.row("领导小组认定", c.by(), Wording.time(c.at(), zone), null, c.comment());
            }
            for (AssessmentRecord.Revision r : sheet.record().revisions()) {
                s.row(
                        r.revision() == 1 ? "锁定" : "更正",
                        r.createdBy(),
                        Wording.time(r.createdAt(), zone),
                        r.revision(),
                        (r.reason() == null ? "" : r.reason() + " / ") + r.contentHash());
            }
            book.write(out);
        }
    }

    private static String status(ScoreSheet sheet) {
        return sheet.record().result() != null
                ? "已锁定(第" + sheet.record().result().revision() + "次修订)"
                : "未锁定:审核扣分为部门审核结果";
    }

    /** Merges each run of consecutive rows with the same key in one column, as the published table does. */
    private static void merge(
            XlsxBook.Sheet s,
            List<ScoreSheet.RuleRow> rows,
            int first,
            Function<ScoreSheet.RuleRow, String> key,
            int col) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !key.apply(rows.get(i)).equals(key.apply(rows.get(start)))) {
                s.mergeDown(first + start, first + i - 1, col);
                start = i;
            }
        }
    }
}
