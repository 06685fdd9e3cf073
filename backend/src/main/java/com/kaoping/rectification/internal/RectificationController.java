package com.kaoping.rectification.internal;

import com.kaoping.rectification.RectificationItem;
import com.kaoping.rectification.Rectifications;
import com.kaoping.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/rectifications} (DESIGN §4) and the 整改 overview's figures; the 整改台账 workbook is the report
 * feature's ({@code GET /api/rectifications.xlsx}). Items are written only through their tasks.
 */
@RestController
record RectificationController(Rectifications rectifications, CurrentUser currentUser) {
    @GetMapping("/api/rectifications")
    List<RectificationItem> list(
            @RequestParam(required = false) String cycle,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String state) {
        return rectifications.list(filter(cycle, branch, department, state), currentUser.get());
    }

    /**
     * Per branch and per department: items open (not yet closed), overdue, closed, and the rectification rate (closed
     * of all, 0–1, four decimals), over the items the caller may see.
     */
    @GetMapping("/api/rectifications/overview")
    Overview overview(@RequestParam(required = false) String cycle) {
        List<RectificationItem> items = rectifications.list(filter(cycle, null, null, null), currentUser.get());
        return new Overview(tally(items, RectificationItem::branch), tally(items, RectificationItem::department));
    }

    record Figures(String key, int open, int overdue, int closed, int total, BigDecimal rate) {}

    record Overview(List<Figures> branches, List<Figures> departments) {}

    private static List<Figures> tally(List<RectificationItem> items, Function<RectificationItem, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (RectificationItem item : items) {
            int[] c = counts.computeIfAbsent(key.apply(item), k -> new int[3]);
            if (ItemState.CLOSED.name().equals(item.state())) {
                c[2]++;
            } else {
                c[0]++;
            }
            if (item.overdue()) {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> {
                    int[] c = e.getValue();
                    int total = c[0] + c[2];
                    return new Figures(
                            e.getKey(),
                            c[0],
                            c[1],
                            c[2],
                            total,
                            BigDecimal.valueOf(c[2]).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
                })
                .toList();
    }

    private static Rectifications.Filter filter(String cycle, String branch, String department, String state) {
        return Rectifications.Filter.of(cycle, branch, department, state);
    }
}
