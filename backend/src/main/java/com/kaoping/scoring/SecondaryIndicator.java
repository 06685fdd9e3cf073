package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A secondary indicator (二级指标); its score never drops below 0. */
public record SecondaryIndicator(String name, BigDecimal points, List<ScoringItem> items) {

    public SecondaryIndicator {
        items = List.copyOf(items);
    }
}
