package com.kaoping.report.internal;

import com.kaoping.cycle.RankedResult;
import com.kaoping.scoring.ScoreCard;
import com.lowagie.text.pdf.BaseFont;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** notice.pdf: the 公示 notice of a cycle — the ranking, the publicity period and how to raise an objection. */
final class CycleNoticePdf {

    private CycleNoticePdf() {}

    static void write(RankingTable table, BaseFont font, ZoneId zone, OutputStream out) {
        String quarter = Wording.quarter(table.cycle().year(), table.cycle().quarter());
        String title = "关于" + quarter + "基层党总支量化考核结果的公示";
        try (PdfReport pdf = new PdfReport(font, out, title)) {
            pdf.title(title);
            pdf.paragraph(
                    "根据《" + table.standard().name() + "》,经各党总支自评、专业部门审核、考评管理领导小组认定," + quarter + "基层党总支量化考核结果如下,现予公示。");
            List<List<Object>> rows = new ArrayList<>();
            for (RankedResult r : table.ranked()) {
                ScoreCard card = r.result().card();
                rows.add(List.of(
                        r.rank(),
                        table.name(r.result().branchCode()),
                        card.baseScore(),
                        card.bonusScore(),
                        card.totalScore(),
                        card.grade() + (card.vetoed() ? "(否决)" : "")));
            }
            pdf.table(new float[] {1, 5, 1.6f, 1.4f, 1.6f, 1.6f}, List.of("名次", "党总支", "基础得分", "加分", "总分", "等级"), rows);
            pdf.section("公示期");
            if (table.cycle().publishedAt() == null) {
                pdf.paragraph("本结果尚未发布;公示期自发布之日起计算(" + table.cycle().publicityPeriod() + ")。");
            } else {
                pdf.paragraph(Wording.time(table.cycle().publishedAt(), zone) + " 至 "
                        + Wording.time(table.cycle().publicityEnds(), zone) + "。");
            }
            pdf.section("异议");
            pdf.paragraph("公示期内,对本党总支考核结果有异议的,请登录考评系统,在本党总支的考核结果页面点击“提出异议”,写明异议事项和理由;"
                    + "考评管理领导小组将在核实后答复。异议成立的,结果以更正后的修订为准。");
            pdf.signature("考评管理领导小组");
        }
    }
}
