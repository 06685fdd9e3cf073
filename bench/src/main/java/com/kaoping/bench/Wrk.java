package com.kaoping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The same GETs from wrk (Debian's package), a load generator in a process of its own: on 2 cores the harness's own
 * Java HTTP client, in the server's JVM, takes CPU and heap from the server it measures; wrk takes a few percent of
 * one core (docs/benchmarks.md). Closed loop like {@link Latencies#timed}: each connection sends its next request
 * when the last one is answered. Empty when wrk is not installed.
 */
final class Wrk {

    /** Prints one line, {@code n=… p50=… p95=… p99=… max=… … req/s errors=…}, milliseconds as in {@link Latencies}. */
    private static final String REPORT = """
            done = function(summary, latency, requests)
              local errors = summary.errors.status + summary.errors.connect + summary.errors.read
                + summary.errors.write + summary.errors.timeout
              io.write(string.format("WRK n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms %.0f req/s errors=%d\\n",
                summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6), errors))
            end
            """;

    /** How long after a run the next one waits: longer than the slowest answer measured (1.5 s). */
    private static final long SETTLE_MILLIS = 3_000;

    private Wrk() {}

    static Optional<String> get(String url, String bearerToken, int connections, int seconds)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            return Optional.empty();
        }
        Path script = Files.createTempFile("kaoping-wrk", ".lua");
        try {
            Files.writeString(script, REPORT, StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder(List.of(
                            "/usr/bin/wrk",
                            "-t2",
                            "-c" + connections,
                            "-d" + seconds + "s",
                            "--timeout",
                            "30s",
                            "-s",
                            script.toString(),
                            "-H",
                            "Accept: application/json",
                            "-H",
                            "Authorization: Bearer " + bearerToken,
                            url))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            // wrk stops with requests in flight; the server finishes them (a second each for Camunda's query) and
            // they would land in the next round's first seconds
            Thread.sleep(SETTLE_MILLIS);
            return output.lines()
                    .filter(line -> line.startsWith("WRK "))
                    .map(line -> line.substring(4))
                    .findFirst();
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
