package com.kaoping.assessment.internal;

import com.kaoping.org.IndicatorOwners;
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

/**
 * Which department owns which clause and indicator of a standard: the administrator's assignment where there is
 * one ({@link IndicatorOwners}), else the department the standard names.
 */
record Ownership(
        Map<String, String> departmentOfClause, Map<String, String> departmentOfIndicator, List<String> departments) {

    static Ownership of(Standard standard, IndicatorOwners owners) {
        Map<String, String> byClause = new HashMap<>();
        Map<String, String> byIndicator = new HashMap<>();
        Set<String> departments = new LinkedHashSet<>();
        for (PrimaryIndicator primary : standard.primaries()) {
            String department = owners.departmentOf(primary.name(), primary.department());
            byIndicator.put(primary.name(), department);
            departments.add(department);
            for (SecondaryIndicator secondary : primary.secondaries()) {
                for (ScoringItem item : secondary.items()) {
                    for (Rule rule : item.rules()) {
                        for (Clause clause : rule.clauses()) {
                            byClause.put(clause.id(), department);
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
