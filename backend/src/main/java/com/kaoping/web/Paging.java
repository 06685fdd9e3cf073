package com.kaoping.web;

import java.util.List;

/**
 * The page of a paged list, as {@code GET /api/tasks}, the ranking and the leadership group's summary take it
 * (docs/scale.md): {@code page} from 0, {@code size} 1–500 (default 50); a 400 names the parameter. The list answers
 * the number of all matching entries in {@link #TOTAL_COUNT}.
 */
public record Paging(int page, int size) {
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(String page, String size) {
        return new Paging(
                page == null ? 0 : (int) wholeNumber(page, "page", 0, 1_000_000),
                size == null ? DEFAULT_SIZE : (int) wholeNumber(size, "size", 1, MAX_SIZE));
    }

    /** Like {@link #of}, but null when neither parameter is given: the whole list is wanted. */
    public static Paging ofOptional(String page, String size) {
        return page == null && size == null ? null : of(page, size);
    }

    /** A query parameter that must be a whole number from {@code min} to {@code max}; 400 naming it otherwise. */
    public static long wholeNumber(String text, String field, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw new BadRequestException(field, "problem.range", "min", min, "max", max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "problem.wholeNumber", "value", text);
        }
    }

    public int offset() {
        return page * size;
    }

    /** This page of a whole list held in memory. */
    public <T> List<T> of(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }
}
