package com.kaoping.scoring;

import java.util.Map;

/**
 * One thing wrong with a {@link ScoringInput}, found by {@link ScoringEngine#validate}.
 *
 * @param field   the JSON-style path of the offending entry, e.g. {@code findings[2].count}
 * @param message the problem in English, for logs and callers without message files
 * @param code    the message code outside the engine renders in the reader's language (docs/i18n.md)
 * @param args    the code's named arguments, in order
 */
public record InputProblem(String field, String message, String code, Map<String, String> args) {

    public InputProblem {
        args = args == null ? Map.of() : Explanations.ordered(args);
    }
}
