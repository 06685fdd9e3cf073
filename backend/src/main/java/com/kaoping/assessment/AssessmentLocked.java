package com.kaoping.assessment;

import java.time.Instant;

/**
 * Published in the transaction that locked an assessment's result (revision 1), after the locked result is stored:
 * listeners (the rectification feature) act on the locked result inside the same transaction, so the lock and what
 * follows from it commit or roll back together.
 */
public record AssessmentLocked(long assessmentId, long cycleId, String branchCode, Instant lockedAt) {}
