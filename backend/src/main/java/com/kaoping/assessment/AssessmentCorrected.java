package com.kaoping.assessment;

/**
 * Published in the transaction that recorded a correction of a locked result (an accepted objection) as a new
 * revision: listeners (the rectification feature) follow the corrected result inside the same transaction.
 *
 * @param revision the new revision's number
 * @param by       who recorded the correction
 */
public record AssessmentCorrected(long assessmentId, long cycleId, String branchCode, int revision, String by) {}
