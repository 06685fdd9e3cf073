package com.kaoping.org;

import java.util.List;

/** The Camunda group ids Kaoping assigns tasks to, derived from the organisation (Camunda allows letters and digits only). */
public final class CandidateGroups {

    public static final String LEADERS = "leaders";
    /** Camunda's own administrators' group: full access to Cockpit, Tasklist and Admin. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private CandidateGroups() {}

    public static String branch(String branchCode) {
        return "branch" + branchCode;
    }

    public static String department(String departmentCode) {
        return "dept" + departmentCode;
    }

    /** The groups a user belongs to. */
    public static List<String> of(UserAccount user) {
        return switch (user.role()) {
            case BRANCH -> List.of(branch(user.branchCode()));
            case REVIEWER -> List.of(department(user.orgUnitCode()));
            case LEADER -> List.of(LEADERS);
            case ADMIN -> List.of(CAMUNDA_ADMIN);
        };
    }
}
