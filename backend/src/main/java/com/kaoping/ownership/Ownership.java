package com.kaoping.ownership;

import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.scoring.StandardTree;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which department owns which clause and primary indicator of one standard version: the administrator's assignment
 * where there is one, else the department the standard names.
 *
 * @param departments the owning departments in the standard's order, each once
 */
public record Ownership(
        Map<String, String> departmentOfClause, Map<String, String> departmentOfIndicator, List<String> departments) {

    /** @param assignments primary indicator name → configured department */
    public static Ownership of(Standard standard, Map<String, String> assignments) {
        Map<String, String> byClause = new HashMap<>();
        Map<String, String> byIndicator = new HashMap<>();
        Set<String> departments = new LinkedHashSet<>();
        StandardTree tree = StandardTree.of(standard);
        for (PrimaryIndicator primary : standard.primaries()) {
            String department = assignments.getOrDefault(primary.name(), primary.department());
            byIndicator.put(primary.name(), department);
            departments.add(department);
            tree.clausesOf(primary).forEach(clause -> byClause.put(clause.id(), department));
        }
        return new Ownership(Map.copyOf(byClause), Map.copyOf(byIndicator), List.copyOf(departments));
    }

    /** The department owning a clause, or null for a clause the standard does not have. */
    public String departmentOf(String clauseId) {
        return departmentOfClause.get(clauseId);
    }

    public boolean owns(String department, String clauseId) {
        return department != null && department.equals(departmentOf(clauseId));
    }
}
