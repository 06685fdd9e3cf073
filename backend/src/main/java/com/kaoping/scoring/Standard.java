package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of a scoring standard (评分标准): the assessed indicators with their scoring
 * items, rules and clauses, the bonus and veto rules, and the grade bands.
 *
 * @param code      stable code of the standard, e.g. {@code DZZ-2021}
 * @param version   version number; a changed standard is a new version
 * @param name      display name, as published
 * @param year      the year the standard was published
 * @param grades    grade bands, highest minimum first; the last one is the grade of a vetoed assessment
 * @param primaries primary indicators (一级指标) whose points add up to 100
 * @param bonus     the bonus section (激励约束项 · 加分), rules 85–88 in the 2021 standard
 * @param veto      the veto section (激励约束项 · 否决), rules 89–97 in the 2021 standard
 */
public record Standard(
        String code,
        int version,
        String name,
        int year,
        List<GradeBand> grades,
        List<PrimaryIndicator> primaries,
        BonusSection bonus,
        VetoSection veto) {

    public Standard {
        grades = List.copyOf(grades);
        primaries = List.copyOf(primaries);
    }

    /** Sum of the primary indicators' points (100 for a valid standard). */
    public BigDecimal totalPoints() {
        return primaries.stream().map(PrimaryIndicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
