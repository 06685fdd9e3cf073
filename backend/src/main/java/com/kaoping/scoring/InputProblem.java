package com.kaoping.scoring;

/**
 * One thing wrong with a {@link ScoringInput}, found by {@link ScoringEngine#validate}.
 *
 * @param field the JSON-style path of the offending entry, e.g. {@code findings[2].count}
 */
public record InputProblem(String field, String message) {}
