package com.kaoping.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text made by the server, kept as a message code and its named arguments so that it can be rendered in the
 * reader's language whenever it is shown (docs/i18n.md). An argument may itself be a {@code Text} (or a map with a
 * {@code code}, as stored), rendered in the same language, or a list of such values.
 */
public record Text(String code, Map<String, Object> args) {

    public Text {
        Objects.requireNonNull(code, "code");
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** {@code Text.of("problem.required", "field", "comment")}: arguments as name, value pairs. */
    public static Text of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come as name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put((String) namesAndValues[i], value == null ? "" : value);
        }
        return new Text(code, args);
    }

    /** A text that is data (a parser's message, a user's words): shown as it is in every language. */
    public static Text verbatim(String text) {
        return of("text.verbatim", "text", text == null ? "" : text);
    }

    @Override
    public String toString() {
        return code + args;
    }
}
