package com.kaoping.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Last quarter beside this one (docs/rectification.md, "The next quarter"): the rectification items a branch was given
 * in the cycle before, by clause, so that the self-assessment, the review and the leadership confirmation show each
 * clause's last item and mark a deduction recorded again as repeated (重复扣分). Implemented by the rectification
 * feature; without an implementation there is no history.
 */
public interface ClauseHistory {

    /**
     * The branch's items of the latest cycle before {@code cycleId} in which the branch was assessed, by clause id (a
     * veto rule by its number); empty when that quarter cost it nothing or there was none.
     */
    Map<String, PriorItem> lastQuarter(String branchCode, long cycleId);

    /**
     * @param state the item's state now ({@code OPEN}, {@code PLANNED}, {@code RETURNED}, {@code CLOSED})
     */
    record PriorItem(
            long id,
            long cycleId,
            int year,
            int quarter,
            String clause,
            String department,
            BigDecimal deduction,
            String state) {}
}
