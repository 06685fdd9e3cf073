package com.kaoping.report.internal;

import com.kaoping.report.YearEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The year's ranking as xlsx: the figures of GET /api/years/{year}/ranking, one column per quarter. */
final class YearWorkbook {

    private YearWorkbook() {}

    static void write(int year, String ruleText, List<YearEntry> entries, OutputStream out) throws IOException {
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Sheet s = book.sheet(year + "年度排名", 6, 24, 10, 10, 10, 10, 10, 10, 8, 6);
            List<String> headers = new ArrayList<>(List.of("名次", "党总支", "编码"));
            for (int q = 1; q <= 4; q++) {
                headers.add("第" + q + "季度");
            }
            headers.addAll(List.of("年度得分", "等级", "否决"));
            s.header(true, headers.toArray(String[]::new));
            for (YearEntry e : entries) {
                List<Object> values = new ArrayList<>(List.of(e.rank(), e.name(), e.branch()));
                for (int q = 1; q <= 4; q++) {
                    values.add(e.quarters().get(Integer.toString(q)));
                }
                values.addAll(List.of(e.annualScore(), e.grade(), e.vetoed()));
                s.row(values.toArray());
            }
            s.blank();
            s.line("计分规则:" + ruleText);
            book.write(out);
        }
    }
}
