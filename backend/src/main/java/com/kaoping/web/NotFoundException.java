package com.kaoping.web;

/** The addressed object does not exist (404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(Text text) {
        super(text);
    }

    public NotFoundException(String code, Object... namesAndValues) {
        this(Text.of(code, namesAndValues));
    }
}
