package com.kaoping.org;

import java.util.List;

/** The Camunda group ids Kaoping assigns tasks to, derived from the organisation (Camunda allows letters and digits only). */
public final class CandidateGroups {

    public static final String LEADERS = "leaders";
    /** Camunda's own administrators' group: every engine right; only break-glass OPERATOR accounts join it. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /**
     * A Camunda-only user in {@link #CAMUNDA_ADMIN} with a random, unknown password: Camunda's web apps send everyone to
     * their first-administrator set-up while that group is empty. Reserved: no Kaoping account may take this name.
     */
    public static final String ENGINE_PLACEHOLDER = "engine-placeholder";
    /** Kaoping's administrators in the engine: read everything and retry failed jobs, nothing else. */
    public static final String ENGINE_READERS = "kaopingadmins";

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
            case ADMIN -> List.of(ENGINE_READERS);
            case OPERATOR -> List.of(CAMUNDA_ADMIN);
        };
    }
}
