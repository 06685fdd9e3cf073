package com.kaoping.scoring;

/**
 * A deficiency found against one clause.
 *
 * @param clause the clause id, e.g. {@code 1.1}
 * @param count  how many times it applies: 0–9999 on a per-unit clause, 0 or 1 on any other
 */
public record Finding(String clause, long count) {}
