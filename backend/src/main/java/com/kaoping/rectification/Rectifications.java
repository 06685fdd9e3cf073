package com.kaoping.rectification;

import com.kaoping.org.UserAccount;
import java.util.List;

/** Rectification items as a reader may see them: for the overview, the ledger export and neighbouring features. */
public interface Rectifications {

    /**
     * A filter of {@code GET /api/rectifications}; every part optional.
     *
     * @param state {@code OPEN}, {@code PLANNED}, {@code RETURNED} or {@code CLOSED}
     */
    record Filter(Long cycleId, String branch, String department, String state) {}

    /**
     * The items matching the filter that {@code reader} may see: a branch its own, a reviewer its department's, the
     * leadership group and administrators all. Ordered by cycle, branch and the standard's clause order.
     *
     * @throws com.kaoping.web.BadRequestException an unknown state, cycle, branch or department, naming the field
     */
    List<RectificationItem> list(Filter filter, UserAccount reader);
}
