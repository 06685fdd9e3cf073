package com.kaoping.assessment;

import com.kaoping.scoring.ScoreCard;
import java.time.Instant;

/** The newest revision of an assessment's locked result. */
public record LockedResult(
        long assessmentId, String branchCode, int revision, ScoreCard card, String contentHash, Instant lockedAt) {}
