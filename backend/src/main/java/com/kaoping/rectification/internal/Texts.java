package com.kaoping.rectification.internal;

import com.kaoping.web.BadRequestException;

/** Text fields of the rectification forms; the columns of kp_rectification_item hold at most 2000 characters. */
final class Texts {

    static final int MAX = 2000;

    private Texts() {}

    /** Text carried over from elsewhere (a clause's wording, a reviewer's note), cut to fit. */
    static String clip(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }

    /** A client's text: blank is null, too long is a 400 naming the field. */
    static String field(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new BadRequestException(field, "problem.rectification.tooLong", "max", max);
        }
        return value.strip();
    }

    static String required(String value, String field, int max, String message) {
        String text = field(value, field, max);
        if (text == null) {
            throw new BadRequestException(field, message);
        }
        return text;
    }
}
