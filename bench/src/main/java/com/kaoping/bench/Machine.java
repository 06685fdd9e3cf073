package com.kaoping.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the harnesses record of the machine beside their figures (docs/benchmarks.md). */
final class Machine {

    private Machine() {}

    /** /proc/loadavg, or "?" where there is none. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
