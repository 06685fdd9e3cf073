package com.kaoping.web.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Every JSON string a client sends is free of control characters other than tab and line breaks (a NUL would
 * otherwise count as text, or reach the database) and at most {@link #MAX_LENGTH} characters long; each
 * feature bounds its own texts more tightly. Part of {@link StrictJson}, so it applies to what clients send only.
 */
final class CheckedStrings extends StdScalarDeserializer<String> {

    static final int MAX_LENGTH = 20_000;

    CheckedStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidFormatException.from(
                    p,
                    "must:problem.text.tooLong|max=" + MAX_LENGTH + "|length=" + value.length(),
                    "(" + value.length() + ")",
                    String.class);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw InvalidFormatException.from(
                        p, "must:problem.text.control|char=U+" + String.format("%04X", (int) c), value, String.class);
            }
        }
        return value;
    }
}
