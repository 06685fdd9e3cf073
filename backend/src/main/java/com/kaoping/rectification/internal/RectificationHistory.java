package com.kaoping.rectification.internal;

import com.kaoping.assessment.ClauseHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Last quarter's items of a branch by clause, for the next quarter's forms (docs/rectification.md). */
@Component
record RectificationHistory(RectificationMapper mapper) implements ClauseHistory {
    @Override
    public Map<String, PriorItem> lastQuarter(String branchCode, long cycleId) {
        Map<String, PriorItem> out = new LinkedHashMap<>();
        for (ItemRow r : mapper.lastQuarter(branchCode, cycleId)) {
            out.put(
                    r.clauseId,
                    new PriorItem(
                            r.id, r.cycleId, r.cycleYear, r.quarter, r.clauseId, r.department, r.deduction, r.state));
        }
        return out;
    }
}
