package com.kaoping.assessment.internal;

import com.kaoping.web.BadRequestException;

/** The outcome of a review, endorsement or confirmation step. */
enum Decision {
    APPROVE,
    RETURN;

    static Decision parse(String value) {
        if ("approve".equals(value)) {
            return APPROVE;
        }
        if ("return".equals(value)) {
            return RETURN;
        }
        throw new BadRequestException("decision", "problem.decision.approveOrReturn");
    }

    /** A decision with its comment; a return must say why, to whom it goes back. */
    record Verdict(Decision decision, String comment) {

        boolean approved() {
            return decision == APPROVE;
        }

        static Verdict of(String decision, String comment, String returnedTo) {
            Decision parsed = parse(decision);
            String text = parsed == RETURN
                    ? Inputs.required(comment, "comment", "problem.decision.returnNeedsComment")
                    : Inputs.text(comment, "comment");
            return new Verdict(parsed, text);
        }
    }
}
