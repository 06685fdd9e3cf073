package com.kaoping.web;

/** The request conflicts with the object's state, e.g. it is locked or already done (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
