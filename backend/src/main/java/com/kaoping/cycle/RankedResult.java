package com.kaoping.cycle;

import com.kaoping.assessment.LockedResult;

/** One place of a cycle's ranking: the rank (ties share it) and the newest locked revision ranked. */
public record RankedResult(int rank, LockedResult result) {}
