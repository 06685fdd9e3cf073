/**
 * Organisation: branches, departments, the leadership group, users and their roles. Administrators keep them through {@code /api/admin/**} (ADMIN only).
 * Public API: {@link com.kaoping.org.UserDirectory}, {@link com.kaoping.org.UserAccount}, {@link com.kaoping.org.Role},
 * {@link com.kaoping.org.Branches}, {@link com.kaoping.org.OrgUnits}, and the
 * {@link com.kaoping.org.UserAccountChanged} and {@link com.kaoping.org.UserAccessChanged} events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"audit", "web"})
package com.kaoping.org;
