package com.kaoping.standard;

import java.time.Instant;

/**
 * One imported standard version.
 *
 * @param active the version used when a caller names no standard
 * @param inUse  a cycle uses this version, so it can no longer change
 */
public record StandardSummary(
        String code,
        int version,
        String name,
        int year,
        boolean active,
        boolean inUse,
        Instant importedAt,
        String importedBy) {}
