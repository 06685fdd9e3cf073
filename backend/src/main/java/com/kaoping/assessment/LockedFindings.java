package com.kaoping.assessment;

import java.util.List;

/** One locked assessment of a cycle with its findings, as the cycle's list of deductions streams them. */
public record LockedFindings(LockedResult result, List<AssessmentRecord.Finding> findings) {}
