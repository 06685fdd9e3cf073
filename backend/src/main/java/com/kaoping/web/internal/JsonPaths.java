package com.kaoping.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Turns Jackson's reference path into the {@code findings[2].count} form used in problem details. */
public final class JsonPaths {

    private JsonPaths() {}

    public static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
