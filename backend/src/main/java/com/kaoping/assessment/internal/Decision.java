package com.kaoping.assessment.internal;

import com.kaoping.web.BadRequestException;

/** The outcome of a review, endorsement or confirmation step. */
enum Decision {
    APPROVE, RETURN;

    static Decision parse(String value) {
        if ("approve".equals(value)) {
            return APPROVE;
        }
        if ("return".equals(value)) {
            return RETURN;
        }
        throw new BadRequestException("decision", "decision must be \"approve\" or \"return\"");
    }
}
