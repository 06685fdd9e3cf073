package com.kaoping.web;

import java.math.BigDecimal;

/** A finding's count as sent by a client: whole, not negative; absent means 1. */
public final class Counts {

    /** Far above any clause's limit; the engine names the exact limit per clause. */
    private static final BigDecimal SANE_MAX = BigDecimal.valueOf(1_000_000);

    private Counts() {}

    public static long toLong(BigDecimal count, String field) {
        if (count == null) {
            return 1;
        }
        if (count.signum() < 0) {
            throw new BadRequestException(field, field + " must not be negative (" + count.toPlainString() + ")");
        }
        if (count.stripTrailingZeros().scale() > 0) {
            throw new BadRequestException(field, field + " must be a whole number (" + count.toPlainString() + ")");
        }
        return count.min(SANE_MAX).longValueExact();
    }
}
