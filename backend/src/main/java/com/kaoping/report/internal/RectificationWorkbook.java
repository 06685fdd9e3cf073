package com.kaoping.report.internal;

import com.kaoping.rectification.RectificationItem;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 整改台账 (rectifications.xlsx, docs/rectification.md "Ledger"): one row per rectification item of a cycle the reader
 * may see — the clause and what it cost, the owning department, the due date and state, the branch's measures and
 * every check with its reason.
 */
final class RectificationWorkbook {

    static final Map<String, String> STATES =
            Map.of("OPEN", "待整改", "PLANNED", "待验收", "RETURNED", "已退回", "CLOSED", "已销号");
    static final Map<String, String> DECISIONS = Map.of("accept", "通过", "return", "退回", "withdraw", "撤销");
    static final Map<String, String> KINDS = Map.of("DEDUCTION", "扣分", "ZERO_OUT", "不得分", "VETO", "否决");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RectificationWorkbook() {}

    static void write(
            String title, List<RectificationItem> items, Map<String, String> names, ZoneId zone, OutputStream out)
            throws IOException {
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Sheet sheet = book.sheet("整改台账", 20, 8, 8, 8, 40, 8, 30, 8, 12, 8, 6, 40, 10, 12, 30, 40, 16);
            sheet.title(title);
            sheet.header(
                    true, "党总支", "编码", "条款", "类别", "评分说明", "扣分", "审核说明", "责任部门", "整改期限", "状态", "逾期", "整改措施", "责任人",
                    "计划完成", "整改佐证", "验收记录", "销号时间");
            for (RectificationItem item : items) {
                sheet.row(
                        names.getOrDefault(item.branch(), item.branch()),
                        item.branch(),
                        item.clause(),
                        KINDS.getOrDefault(item.kind(), item.kind()),
                        item.wording(),
                        item.deduction(),
                        item.reviewNote(),
                        item.department(),
                        format(item.due(), DAY, zone),
                        STATES.getOrDefault(item.state(), item.state()),
                        item.overdue(),
                        item.measures(),
                        item.responsible(),
                        item.plannedDate() == null ? null : item.plannedDate().toString(),
                        item.evidence(),
                        item.checks().stream()
                                .map(c -> format(c.at(), MINUTE, zone) + " " + c.by() + " "
                                        + (DECISIONS.getOrDefault(c.decision(), c.decision()))
                                        + (c.reason() == null ? "" : ":" + c.reason()))
                                .collect(Collectors.joining("\n")),
                        format(item.closedAt(), MINUTE, zone));
            }
            book.write(out);
        }
    }

    private static String format(Instant at, DateTimeFormatter format, ZoneId zone) {
        return at == null ? null : format.format(at.atZone(zone));
    }
}
