package com.kaoping.rectification;

import java.time.Instant;

/**
 * Published in the transaction that locked an assessment, once its rectification items are stored: the workflow
 * feature starts the assessment's rectification process in the same transaction. Not published when the locked
 * result cost no points (there is nothing to rectify).
 *
 * @param due when the items are due (the lock plus the cycle's {@code rectificationDays})
 */
public record RectificationOpened(long assessmentId, long cycleId, String branchCode, Instant due) {}
