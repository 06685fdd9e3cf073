package com.kaoping.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in milliseconds of one kind of request, and its throughput: what the HTTP harnesses print. */
record Latencies(int n, double p50, double p95, double p99, double max, double perSecond) {
    static Latencies of(long[] nanos, long wall) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6,
                sorted.length / (wall / 1e9));
    }

    private static double ms(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms %.0f req/s",
                n,
                p50,
                p95,
                p99,
                max,
                perSecond);
    }
}
