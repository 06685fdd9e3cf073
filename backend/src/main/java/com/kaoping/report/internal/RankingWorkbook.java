package com.kaoping.report.internal;

import com.kaoping.cycle.RankedResult;
import com.kaoping.scoring.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** ranking.xlsx: the figures of GET /api/cycles/{id}/ranking, with the names and one column per primary indicator. */
final class RankingWorkbook {

    private RankingWorkbook() {}

    static void write(RankingTable table, OutputStream out) throws IOException {
        List<String> primaries = table.primaries();
        int[] widths = new int[9 + primaries.size()];
        int[] fixed = {6, 24, 10, 10, 8, 10, 8, 8, 6};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = 0; i < primaries.size(); i++) {
            widths[fixed.length + i] = Math.max(10, primaries.get(i).length() * 2 + 2);
        }
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Sheet s = book.sheet("排名", widths);
            List<String> headers = new ArrayList<>(List.of("名次", "党总支", "编码", "基础得分", "加分", "总分", "等级", "否决", "修订"));
            headers.addAll(primaries);
            s.header(true, headers.toArray(String[]::new));
            for (RankedResult r : table.ranked()) {
                ScoreCard card = r.result().card();
                List<Object> values = new ArrayList<>(List.of(
                        r.rank(),
                        table.name(r.result().branchCode()),
                        r.result().branchCode(),
                        card.baseScore(),
                        card.bonusScore(),
                        card.totalScore(),
                        card.grade(),
                        card.vetoed(),
                        r.result().revision()));
                values.addAll(table.primaryScores(r));
                s.row(values.toArray());
            }
            book.write(out);
        }
    }
}
