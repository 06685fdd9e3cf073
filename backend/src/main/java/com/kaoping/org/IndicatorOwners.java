package com.kaoping.org;

import java.util.Map;

/**
 * Which department owns (reviews) which primary indicator (一级指标). An administrator's assignment, stored by
 * Kaoping, wins over the department the standard names; the shipped defaults are those of DESIGN §2.
 */
public interface IndicatorOwners {

    /**
     * The effective owner of a primary indicator: the configured department if there is one, else
     * {@code standardDefault} (the department the standard names for it).
     */
    String departmentOf(String primaryName, String standardDefault);

    /** The configured assignments: primary indicator name → department code. */
    Map<String, String> assignments();

    /**
     * Sets the owner of each named primary indicator; a null department removes the assignment, so the standard's
     * default applies again. The caller has checked that every department is a {@link OrgUnit#DEPARTMENT}.
     */
    void assign(Map<String, String> departmentByIndicator, String actor);
}
