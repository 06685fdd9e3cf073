package com.kaoping.web;

/** Invalid input (400); {@code field} names the offending entry, e.g. {@code findings[2].count}. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
