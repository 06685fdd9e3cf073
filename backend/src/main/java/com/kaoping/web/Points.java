package com.kaoping.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Bonus points as sent by a client: a JSON number (never a string) from 0 to {@link #MAX}. The rule's own cap
 * is tighter and checked by the scoring engine; this bound holds before anything is written, so no value can
 * overflow the stored DECIMAL(7,2). Use on a record component: {@code @JsonDeserialize(using = Points.class)}.
 */
public final class Points extends StdScalarDeserializer<BigDecimal> {

    /** No bonus can exceed the 100 points of a whole standard. */
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Points() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw InvalidFormatException.from(p, "must:problem.points.notNumber", p.getText(), BigDecimal.class);
        }
        BigDecimal points = p.getDecimalValue();
        if (points.compareTo(MAX) > 0) {
            throw InvalidFormatException.from(
                    p,
                    "must:problem.points.max|max=" + MAX.toPlainString() + "|value=" + points.toPlainString(),
                    points,
                    BigDecimal.class);
        }
        return points;
    }
}
