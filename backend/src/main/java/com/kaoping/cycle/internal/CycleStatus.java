package com.kaoping.cycle.internal;

/** Where a cycle stands. */
enum CycleStatus {
    /** branches are assessed, reviewed and confirmed. */
    RUNNING,
    /** the ranking is published; the publicity period (公示) is running, objections may be raised. */
    PUBLISHED,
    /** the publicity period has ended. */
    FINAL
}
