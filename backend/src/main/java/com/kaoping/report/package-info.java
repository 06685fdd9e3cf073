/**
 * Results the way the organisation files them: Excel workbooks (ranking, score sheet, deductions, the year), PDF
 * reports (an assessment's score report, the 公示 notice) and the year's ranking over its published quarters
 * (docs/reports.md). Reads other features through their public APIs and authorises every download exactly like
 * its JSON equivalent. Public API: {@link com.kaoping.report.YearRankings}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {
            "assessment",
            "audit",
            "cycle",
            "org",
            "rectification",
            "scoring",
            "security",
            "standard",
            "web"
        })
package com.kaoping.report;
