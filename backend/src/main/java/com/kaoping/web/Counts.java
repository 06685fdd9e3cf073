package com.kaoping.web;

import java.math.BigDecimal;

/**
 * A finding's count as sent by a client: a whole JSON number from 0 to {@link #MAX} written without a fraction
 * (2.0 is refused like 2.5: a count is never measured); absent means 1. The refusal names the value as sent.
 */
public final class Counts {

    /** The schema's bound for every count; the engine names the tighter limit of each clause. */
    public static final int MAX = 9999;

    private Counts() {}

    public static long toLong(BigDecimal count, String field) {
        if (count == null) {
            return 1;
        }
        if (count.signum() < 0) {
            throw new BadRequestException(
                    field, "problem.count.range", "value", count.toPlainString(), "min", 0, "max", MAX);
        }
        if (count.scale() > 0) {
            throw new BadRequestException(
                    field, "problem.count.fraction", "value", count.toPlainString(), "min", 0, "max", MAX);
        }
        if (count.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new BadRequestException(
                    field, "problem.count.range", "value", count.toPlainString(), "min", 0, "max", MAX);
        }
        return count.longValueExact();
    }
}
