package com.kaoping.org;

/**
 * A functional department (专业部门, kind {@code DEPARTMENT}) or the leadership group (kind {@code LEADERSHIP}).
 */
public record OrgUnit(String code, String name, String kind) {

    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String LEADERSHIP = "LEADERSHIP";

    public boolean isDepartment() {
        return DEPARTMENT.equals(kind);
    }
}
