package com.kaoping.cycle;

import java.time.Duration;
import java.time.Instant;

/**
 * A cycle as neighbouring features read it (reports, the year's ranking).
 *
 * @param status          {@code RUNNING}, {@code PUBLISHED} (publicity period running) or {@code FINAL}
 * @param publicityPeriod ISO-8601 duration of the publicity period (公示期), e.g. {@code P5D}
 * @param rectificationDays days from an assessment's lock to its rectification items' due date
 * @param publishedAt     when the leadership group published the ranking, or null
 */
public record CycleSummary(
        long id,
        int year,
        int quarter,
        String standardCode,
        int standardVersion,
        String status,
        String publicityPeriod,
        int rectificationDays,
        Instant publishedAt,
        Instant finalisedAt) {

    /** The ranking is published (the publicity period runs or has ended). */
    public boolean published() {
        return !"RUNNING".equals(status);
    }

    /** When the publicity period ends, or null before publication. */
    public Instant publicityEnds() {
        return publishedAt == null ? null : publishedAt.plus(Duration.parse(publicityPeriod));
    }
}
