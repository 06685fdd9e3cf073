package com.kaoping.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/** Turns Jackson's reference path into the {@code findings[2].count} form used in problem details. */
public final class JsonPaths {

    private JsonPaths() {}

    /** The field a mapping failure is about and a message that names it; "body" when Jackson knows no path. */
    public record Problem(String field, String message) {}

    public static Problem problem(JsonMappingException e) {
        String path = of(e.getPath());
        String field = path.isEmpty() ? "body" : path;
        String why;
        if (e instanceof UnrecognizedPropertyException) {
            why = "is not a field of this form";
        } else if (e instanceof InvalidFormatException format
                && format.getOriginalMessage() != null
                && format.getOriginalMessage().startsWith("must ")) {
            // our own bounds (Points, CheckedStrings) say what is wrong in words
            why = format.getOriginalMessage();
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            why = "has the wrong type (expected " + expected(mismatch.getTargetType()) + ")";
        } else {
            why = "has the wrong type or shape";
        }
        return new Problem(field, field + " " + why);
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
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
