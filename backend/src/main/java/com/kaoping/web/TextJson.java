package com.kaoping.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Text}'s arguments as stored beside its code (a JSON object in a text column), and back. */
public final class TextJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextJson() {}

    public static String args(Text text) {
        try {
            return JSON.writeValueAsString(text.args());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Arguments of " + text.code() + " cannot be written", e);
        }
    }

    /** The stored text, or null when the row predates codes (no code). */
    public static Text read(String code, String args) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Map<String, Object> map = args == null || args.isBlank()
                    ? Map.of()
                    : JSON.readValue(args, new TypeReference<LinkedHashMap<String, Object>>() {});
            return new Text(code, map);
        } catch (JsonProcessingException e) {
            return new Text(code, Map.of());
        }
    }
}
