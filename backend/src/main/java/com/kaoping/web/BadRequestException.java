package com.kaoping.web;

/** Invalid input (400); {@code field} names the offending entry, e.g. {@code findings[2].count}. */
public class BadRequestException extends ProblemException {

    private final String field;

    public BadRequestException(String field, Text text) {
        super(text);
        this.field = field;
    }

    /** {@code new BadRequestException("comment", "problem.required")}: the field is an argument too. */
    public BadRequestException(String field, String code, Object... namesAndValues) {
        this(field, withField(field, code, namesAndValues));
    }

    private static Text withField(String field, String code, Object... namesAndValues) {
        Object[] all = new Object[namesAndValues.length + 2];
        all[0] = "field";
        all[1] = field;
        System.arraycopy(namesAndValues, 0, all, 2, namesAndValues.length);
        return Text.of(code, all);
    }

    /** The same problem, found inside a part of a larger form: {@code correction.} + field. */
    public BadRequestException under(String prefix) {
        return renamed("", prefix);
    }

    /** The same problem with the field's leading {@code from} (the engine's {@code findings}) named {@code to}. */
    public BadRequestException renamed(String from, String to) {
        String renamed = field != null && field.startsWith(from) ? to + field.substring(from.length()) : field;
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>(text().args());
        if (args.containsKey("field")) {
            args.put("field", renamed);
        }
        return new BadRequestException(renamed, new Text(text().code(), args));
    }

    public String field() {
        return field;
    }
}
