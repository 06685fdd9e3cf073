/**
 * Organisation: branches, departments, the leadership group, users and their roles. Administrators keep them through {@code /api/admin/**} (ADMIN only).
 * Public API: {@link com.kaoping.org.UserDirectory}, {@link com.kaoping.org.UserAccount}, {@link com.kaoping.org.Role},
 * {@link com.kaoping.org.Branches}, {@link com.kaoping.org.OrgUnits}, and the
 * {@link com.kaoping.org.UserAccountChanged} event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"web"})
package com.kaoping.org;
