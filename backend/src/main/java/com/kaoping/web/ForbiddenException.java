package com.kaoping.web;

/** The caller is signed in but may not reach this object (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
