package com.kaoping.web;

/** The request conflicts with the object's state, e.g. it is locked or already done (409). */
public class ConflictException extends ProblemException {

    public ConflictException(Text text) {
        super(text);
    }

    public ConflictException(String code, Object... namesAndValues) {
        this(Text.of(code, namesAndValues));
    }
}
