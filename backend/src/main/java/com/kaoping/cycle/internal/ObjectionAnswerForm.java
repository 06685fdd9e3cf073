package com.kaoping.cycle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.Correction;
import com.kaoping.web.BadRequestException;

/**
 * The objection answer's form: {@code decision} accept or reject, an {@code answer} for the branch (at most 2,000
 * characters) and, when accepted, the {@code correction} that becomes the result's next revision.
 */
record ObjectionAnswerForm(String decision, String answer, CorrectionForm correction) {

    record CorrectionForm(JsonNode findings, JsonNode bonuses, JsonNode vetoes, String reason) {}

    /** Whether the objection is accepted; 400 naming the field for anything else the form lacks. */
    boolean accepted() {
        boolean accept;
        if ("accept".equals(decision)) {
            accept = true;
        } else if ("reject".equals(decision)) {
            accept = false;
        } else {
            throw new BadRequestException("decision", "problem.decision.acceptOrReject");
        }
        if (answer == null || answer.isBlank() || answer.length() > 2000) {
            throw new BadRequestException("answer", "problem.objection.answerRequired", "max", 2000);
        }
        if (accept && correction == null) {
            throw new BadRequestException("correction", "problem.objection.correctionRequired");
        }
        return accept;
    }

    Correction asCorrection() {
        return new Correction(correction.findings(), correction.bonuses(), correction.vetoes(), correction.reason());
    }
}
