package com.kaoping.rectification;

import com.kaoping.org.UserAccount;
import com.kaoping.web.BadRequestException;
import java.util.List;

/** Rectification items as a reader may see them: for the overview, the ledger export and neighbouring features. */
public interface Rectifications {

    /**
     * A filter of {@code GET /api/rectifications}; every part optional.
     *
     * @param state {@code OPEN}, {@code PLANNED}, {@code RETURNED} or {@code CLOSED}
     */
    record Filter(Long cycleId, String branch, String department, String state) {

        /** From the query parameters as sent: blank is absent; a {@code cycle} that is no id is a 400 naming it. */
        public static Filter of(String cycle, String branch, String department, String state) {
            return new Filter(cycleId(cycle), blankToNull(branch), blankToNull(department), blankToNull(state));
        }

        private static Long cycleId(String cycle) {
            if (cycle == null || cycle.isBlank()) {
                return null;
            }
            try {
                long id = Long.parseLong(cycle.strip());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new BadRequestException("cycle", "problem.rectification.cycleId");
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * The items matching the filter that {@code reader} may see: a branch its own, a reviewer its department's, the
     * leadership group and administrators all. Ordered by cycle, branch and the standard's clause order.
     *
     * @throws com.kaoping.web.BadRequestException an unknown state, cycle, branch or department, naming the field
     */
    List<RectificationItem> list(Filter filter, UserAccount reader);
}
