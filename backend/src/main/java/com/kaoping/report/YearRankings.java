package com.kaoping.report;

import java.util.List;

/** The year's ranking over its published quarters, by the configured annual rule (docs/reports.md). */
public interface YearRankings {

    /** Every branch that took part in a published quarter of the year, ranked; empty when none is published. */
    List<YearEntry> ranking(int year);
}
