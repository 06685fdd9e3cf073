package com.kaoping.assessment;

import com.kaoping.scoring.ScoreCard;
import java.time.Instant;

/**
 * The newest revision of an assessment's locked result; {@code tampered}: its stored content no longer matches its
 * hash, so it must not be relied on (docs/reliability.md).
 */
public record LockedResult(
        long assessmentId,
        String branchCode,
        int revision,
        ScoreCard card,
        String contentHash,
        Instant lockedAt,
        boolean tampered) {}
