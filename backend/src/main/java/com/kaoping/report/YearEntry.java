package com.kaoping.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One branch's year.
 *
 * @param quarters    quarter ("1" … "4") → the final total of the newest revision, published quarters only
 * @param annualScore by the annual rule, two decimals
 * @param grade       from the standard's grade bands; the lowest band (差) when vetoed
 * @param gradeLevel  the band's position, 0 for the best, as in the cycle's ranking
 * @param vetoed      vetoed in any quarter of the year: ranked after every branch that is not
 */
public record YearEntry(
        int rank,
        String branch,
        String name,
        Map<String, BigDecimal> quarters,
        BigDecimal annualScore,
        String grade,
        Integer gradeLevel,
        boolean vetoed) {}
