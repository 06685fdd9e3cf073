package com.kaoping.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.kaoping.web.Text;
import java.util.List;

/** Turns Jackson's reference path into the {@code findings[2].count} form used in problem details. */
public final class JsonPaths {

    private JsonPaths() {}

    /** The field a mapping failure is about and a message that names it; "body" when Jackson knows no path. */
    public record Problem(String field, Text text) {

        /** For logs and parsers that want a sentence: the code and arguments. */
        public String message() {
            return text.toString();
        }
    }

    public static Problem problem(JsonMappingException e) {
        String path = of(e.getPath());
        String field = path.isEmpty() ? "body" : path;
        Text why;
        if (e instanceof UnrecognizedPropertyException) {
            why = Text.of("problem.json.unknownField", "field", field);
        } else if (e instanceof InvalidFormatException format
                && format.getOriginalMessage() != null
                && format.getOriginalMessage().startsWith(BOUND)) {
            // our own bounds (Points, CheckedStrings) name the message code of what is wrong
            why = bound(format.getOriginalMessage().substring(BOUND.length()), field);
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            why = Text.of("problem.json.wrongType." + expected(mismatch.getTargetType()), "field", field);
        } else {
            why = Text.of("problem.json.wrongShape", "field", field);
        }
        return new Problem(field, why);
    }

    /**
     * How Points and CheckedStrings name a bound in the message of the InvalidFormatException they raise:
     * {@code must:problem.points.decimals}.
     */
    public static final String BOUND = "must:";

    /** {@code code|name=value|…} as a Text with the field. */
    private static Text bound(String encoded, String field) {
        String[] parts = encoded.split("\\|");
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
        args.put("field", field);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            args.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return new Text(parts[0], args);
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    public static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
