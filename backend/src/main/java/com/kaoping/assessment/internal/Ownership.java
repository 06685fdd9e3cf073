package com.kaoping.assessment.internal;

import com.kaoping.scoring.Clause;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Rule;
import com.kaoping.scoring.ScoringItem;
import com.kaoping.scoring.SecondaryIndicator;
import com.kaoping.scoring.Standard;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which department owns which clause and indicator of a standard (the standard's default owners). */
record Ownership(Map<String, String> departmentOfClause, Map<String, String> departmentOfIndicator,
                 List<String> departments) {

    static Ownership of(Standard standard) {
        Map<String, String> byClause = new HashMap<>();
        Map<String, String> byIndicator = new HashMap<>();
        Set<String> departments = new LinkedHashSet<>();
        for (PrimaryIndicator primary : standard.primaries()) {
            byIndicator.put(primary.name(), primary.department());
            departments.add(primary.department());
            for (SecondaryIndicator secondary : primary.secondaries()) {
                for (ScoringItem item : secondary.items()) {
                    for (Rule rule : item.rules()) {
                        for (Clause clause : rule.clauses()) {
                            byClause.put(clause.id(), primary.department());
                        }
                    }
                }
            }
        }
        return new Ownership(Map.copyOf(byClause), Map.copyOf(byIndicator), List.copyOf(departments));
    }

    String departmentOf(String clauseId) {
        return departmentOfClause.get(clauseId);
    }
}
