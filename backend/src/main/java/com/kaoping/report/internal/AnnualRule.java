package com.kaoping.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How a branch's quarters make its annual score (kaoping.report.annual.rule, docs/reports.md).
 */
enum AnnualRule {
    /** the mean of the published quarters the branch took part in (the default). */
    MEAN,
    /** the mean over every published quarter of the year, a quarter the branch did not take part in counting 0. */
    MEAN_OF_ALL_QUARTERS;

    BigDecimal score(Collection<BigDecimal> totals, int publishedQuarters, RoundingMode rounding) {
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int divisor = this == MEAN ? totals.size() : publishedQuarters;
        return sum.divide(BigDecimal.valueOf(divisor), 2, rounding);
    }
}
