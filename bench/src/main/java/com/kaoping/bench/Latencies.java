package com.kaoping.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies in milliseconds of one kind of request, and its throughput: what the HTTP harnesses print. */
record Latencies(int n, double p50, double p95, double p99, double max, double perSecond) {

    /** One timed call: the {@code i}th of a run; throws when its answer is not the expected one. */
    interface Call {
        void run(int i) throws Exception;
    }

    /** {@code count} calls shared out to {@code threads} threads, each call timed; the first failure ends the run. */
    static Latencies timed(int threads, int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        call.run(i);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return of(latencies, System.nanoTime() - start);
    }

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
