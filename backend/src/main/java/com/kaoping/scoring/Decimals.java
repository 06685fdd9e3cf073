package com.kaoping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Scale-2 helpers: every figure on a score card carries exactly two decimals. */
final class Decimals {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** Scale 2 without rounding; the standard is checked up front so this never loses a digit. */
    static BigDecimal two(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2;
    }

    static String text(BigDecimal value) {
        return value.toPlainString();
    }

    /** "1-3" for consecutive numbers, "1,4" otherwise; used as the ref of aggregate lines. */
    static String numberRange(List<Integer> numbers) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(numbers));
        if (sorted.isEmpty()) {
            return "";
        }
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        if (sorted.size() == 1) {
            return Integer.toString(first);
        }
        if (last - first == sorted.size() - 1) {
            return first + "-" + last;
        }
        StringBuilder sb = new StringBuilder();
        for (Integer n : sorted) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(n);
        }
        return sb.toString();
    }
}
