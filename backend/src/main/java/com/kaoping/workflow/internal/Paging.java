package com.kaoping.workflow.internal;

import java.util.List;

/**
 * The page of a paged list, as {@code GET /api/tasks} takes it (docs/scale.md): {@code page} from 0, {@code size}
 * 1–500 (default 50); a 400 names the parameter. The list answers the number of all matching entries in
 * {@link #TOTAL_COUNT}.
 */
record Paging(int page, int size) {
    static final String TOTAL_COUNT = "X-Total-Count";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging of(String page, String size) {
        return new Paging(
                page == null ? 0 : (int) TaskFilter.number(page, "page", 0, 1_000_000),
                size == null ? DEFAULT_SIZE : (int) TaskFilter.number(size, "size", 1, MAX_SIZE));
    }

    int offset() {
        return page * size;
    }

    /** This page of a whole list held in memory. */
    <T> List<T> of(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }
}
