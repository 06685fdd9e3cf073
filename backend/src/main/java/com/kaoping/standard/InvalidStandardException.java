package com.kaoping.standard;

import java.util.List;

/**
 * A standard file that cannot be used: malformed, or not adding up. The message names the source
 * (when known) and every place that is wrong, e.g.
 * {@code dzz-2021.yaml: primaries[2] 思想政治工作: secondary points add up to 19, not 20}.
 */
public class InvalidStandardException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidStandardException(String source, List<String> problems) {
        this(source, problems, null);
    }

    public InvalidStandardException(String source, List<String> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or upload the standard came from, or null when validating a standard built in memory. */
    public String source() {
        return source;
    }

    /** One entry per problem, each starting with the place it concerns. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        String body =
                problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems);
        return source == null ? body : source + ": " + body;
    }
}
