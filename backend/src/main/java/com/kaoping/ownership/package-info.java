/**
 * Which functional department owns (reviews) which primary indicator (一级指标): an administrator's assignment in
 * {@code kp_indicator_owner} wins over the department the standard names. Computed once per request, with one query,
 * as an {@link com.kaoping.ownership.Ownership} of one standard version; administered at
 * {@code /api/admin/indicator-owners}. Public API: {@link com.kaoping.ownership.IndicatorOwnership},
 * {@link com.kaoping.ownership.Ownership}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Indicator ownership",
        allowedDependencies = {"org", "scoring", "security", "standard", "web"})
package com.kaoping.ownership;
