package com.kaoping.rectification.internal;

/** Text columns of kp_rectification_item hold at most 2000 characters. */
final class Texts {

    static final int MAX = 2000;

    private Texts() {}

    static String clip(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }
}
