package com.kaoping.scoring;

/**
 * Input the engine refuses, naming the offending entry, e.g. {@code findings[2].clause}.
 */
public class InvalidScoringInputException extends IllegalArgumentException {

    private final String field;

    public InvalidScoringInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON-style path of the offending entry, e.g. {@code bonuses[0].points}. */
    public String field() {
        return field;
    }
}
