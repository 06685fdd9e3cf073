package com.kaoping.assessment;

/** Who an assessment belongs to and whether it is locked. */
public record AssessmentRef(long id, long cycleId, String branchCode, boolean locked) {}
