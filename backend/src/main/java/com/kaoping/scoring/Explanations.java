package com.kaoping.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Message codes and arguments of what the engine says (explanation lines, input problems). The engine has no
 * message files: it names the code and its arguments, and the application renders them in the reader's language
 * (docs/i18n.md).
 */
final class Explanations {

    private Explanations() {}

    /** Name, value pairs as an ordered, unmodifiable map; null values are left out. */
    static Map<String, String> args(Object... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                args.put((String) namesAndValues[i], value.toString());
            }
        }
        return Collections.unmodifiableMap(args);
    }

    static Map<String, String> ordered(Map<String, String> args) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
