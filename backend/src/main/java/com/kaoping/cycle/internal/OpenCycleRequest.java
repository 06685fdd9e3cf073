package com.kaoping.cycle.internal;

import com.kaoping.web.BadRequestException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * POST /api/cycles. Only year and quarter are required: the active standard, all active branches, deadlines
 * two, three, four and five weeks from today and a five-day publicity period are the defaults. A deadline is a
 * date (the end of that day) or an instant. A deadline already past is refused unless {@code confirmPastDeadlines}
 * is true (every task of that step would be overdue from the start). {@code rectificationDays}: from the lock to the
 * due date of the rectification items (default 30).
 */
record OpenCycleRequest(
        Integer year,
        Integer quarter,
        String standard,
        List<String> branches,
        String selfAssessmentDue,
        String reviewDue,
        String bonusDue,
        String confirmationDue,
        String publicityPeriod,
        Boolean confirmPastDeadlines,
        Integer rectificationDays) {

    static final String DEFAULT_PUBLICITY = "P5D";
    /** Days from an assessment's lock to its rectification items' due date (docs/rectification.md). */
    static final int DEFAULT_RECTIFICATION_DAYS = 30;

    void validate() {
        if (year == null || year < 2000 || year > 2100) {
            throw new BadRequestException("year", "problem.range", "min", 2000, "max", 2100);
        }
        if (quarter == null || quarter < 1 || quarter > 4) {
            throw new BadRequestException("quarter", "problem.range", "min", 1, "max", 4);
        }
        if (rectificationDays != null && (rectificationDays < 1 || rectificationDays > 365)) {
            throw new BadRequestException("rectificationDays", "problem.range", "min", 1, "max", 365);
        }
    }

    int rectificationDaysOrDefault() {
        return rectificationDays == null ? DEFAULT_RECTIFICATION_DAYS : rectificationDays;
    }

    record Deadlines(Instant selfAssessment, Instant review, Instant bonus, Instant confirmation) {}

    /** @param zone where a day ends (kaoping.time-zone) */
    Deadlines deadlines(Instant now, ZoneId zone) {
        Instant self = parse(selfAssessmentDue, "selfAssessmentDue", endOfDay(now, 14, zone), zone);
        Instant review = parse(reviewDue, "reviewDue", later(self, endOfDay(now, 21, zone)), zone);
        Instant bonus = parse(bonusDue, "bonusDue", later(review, endOfDay(now, 28, zone)), zone);
        Instant confirmation = parse(confirmationDue, "confirmationDue", later(bonus, endOfDay(now, 35, zone)), zone);
        requireOrder(self, review, "reviewDue", "selfAssessmentDue");
        requireOrder(review, bonus, "bonusDue", "reviewDue");
        requireOrder(bonus, confirmation, "confirmationDue", "bonusDue");
        if (!Boolean.TRUE.equals(confirmPastDeadlines)) {
            requireFuture(self, now, "selfAssessmentDue");
            requireFuture(review, now, "reviewDue");
            requireFuture(bonus, now, "bonusDue");
            requireFuture(confirmation, now, "confirmationDue");
        }
        return new Deadlines(self, review, bonus, confirmation);
    }

    String publicityPeriodOrDefault() {
        if (publicityPeriod == null || publicityPeriod.isBlank()) {
            return DEFAULT_PUBLICITY;
        }
        try {
            boolean positive = publicityPeriod.contains("T")
                    ? !Duration.parse(publicityPeriod).isNegative()
                            && !Duration.parse(publicityPeriod).isZero()
                    : !Period.parse(publicityPeriod).isNegative()
                            && !Period.parse(publicityPeriod).isZero();
            if (positive) {
                return publicityPeriod;
            }
        } catch (DateTimeException ignored) {
            // reported below
        }
        throw new BadRequestException("publicityPeriod", "problem.cycle.publicityPeriod");
    }

    private static Instant parse(String value, String field, Instant fallback, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Instant due;
        try {
            due = value.length() == 10
                    ? LocalDate.parse(value)
                            .atTime(LocalTime.of(23, 59, 59))
                            .atZone(zone)
                            .toInstant()
                    : Instant.parse(value);
        } catch (DateTimeException e) {
            throw new BadRequestException(field, "problem.cycle.date");
        }
        if (due.isBefore(EARLIEST) || due.isAfter(LATEST)) {
            throw new BadRequestException(field, "problem.range", "min", "1970-01-02", "max", "2037-12-31");
        }
        return due;
    }

    /** What the deadline columns (TIMESTAMP, as MariaDB and MySQL keep it) can hold, with a day to spare. */
    private static final Instant EARLIEST = Instant.parse("1970-01-02T00:00:00Z");

    private static final Instant LATEST = Instant.parse("2037-12-31T23:59:59Z");

    private static Instant endOfDay(Instant now, int days, ZoneId zone) {
        return LocalDate.ofInstant(now, zone)
                .plusDays(days)
                .atTime(LocalTime.of(23, 59, 59))
                .atZone(zone)
                .toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void requireFuture(Instant due, Instant now, String field) {
        if (!due.isAfter(now)) {
            throw new BadRequestException(field, "problem.cycle.deadlinePassed", "due", due.toString());
        }
    }

    private static void requireOrder(Instant earlier, Instant later, String field, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new BadRequestException(field, "problem.cycle.deadlineOrder", "earlier", earlierField);
        }
    }
}
