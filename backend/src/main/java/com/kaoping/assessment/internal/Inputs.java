package com.kaoping.assessment.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.kaoping.web.Points;
import java.math.BigDecimal;

/**
 * The JSON shapes of findings, bonuses and vetoes in task forms and corrections. Counts are bounded by
 * {@link com.kaoping.web.Counts} (0–9999, whole), points by {@link Points} (0–100, before the rule's cap), texts
 * by {@link #MAX_TEXT}; unknown fields and wrong JSON types are refused by the strict reading of every body.
 */
final class Inputs {

    private Inputs() {}

    record FindingInput(String clause, BigDecimal count, String note) {}

    record BonusInput(
            Integer rule,
            String indicator,
            @JsonDeserialize(using = Points.class) BigDecimal points,
            String note) {}

    record VetoInput(Integer rule, String reason) {}

    static final int MAX_TEXT = 2000;

    /** Null-safe length check for free text, naming the field. */
    static String text(String value, String field) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new com.kaoping.web.BadRequestException(
                    field, "problem.text.tooLong", "max", MAX_TEXT, "length", value.length());
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list the form must name; an empty list is an explicit answer ("no deficiency", "no bonus"), null is not. */
    static <T> java.util.List<T> requiredList(java.util.List<T> value, String field, String code) {
        if (value == null) {
            throw new com.kaoping.web.BadRequestException(field, code);
        }
        return value;
    }

    static String required(String value, String field, String code) {
        String text = text(value, field);
        if (text == null) {
            throw new com.kaoping.web.BadRequestException(field, code);
        }
        return text;
    }
}
