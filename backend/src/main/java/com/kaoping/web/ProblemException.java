package com.kaoping.web;

/**
 * An error answered as a problem detail whose words are a {@link Text}: the client gets {@code code}, {@code args}
 * and the text in its language. The exception's own message (for logs) is the code and arguments.
 */
public abstract class ProblemException extends RuntimeException {

    private final Text text;

    protected ProblemException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
