package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A primary indicator (一级指标).
 *
 * @param category   the assessment category it belongs to (基本考核项 or 专项考核项)
 * @param department code of the department that owns it by default (ORG, PUB, DISC, PROD, SEC, UNION)
 */
public record PrimaryIndicator(
        String name, String category, BigDecimal points, String department, List<SecondaryIndicator> secondaries) {

    public PrimaryIndicator {
        secondaries = List.copyOf(secondaries);
    }
}
