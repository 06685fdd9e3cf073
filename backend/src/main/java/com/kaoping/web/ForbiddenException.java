package com.kaoping.web;

/** The caller is signed in but may not reach this object (403). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(Text text) {
        super(text);
    }

    public ForbiddenException(String code, Object... namesAndValues) {
        this(Text.of(code, namesAndValues));
    }
}
