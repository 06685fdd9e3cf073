package com.kaoping.assessment.internal;

import com.kaoping.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.List;

/** What a locked revision fixes, serialised canonically (record order) for the hash chain. */
record LockedContent(
        long assessmentId,
        long cycleId,
        String branch,
        int revision,
        List<LockedFinding> findings,
        List<LockedBonus> bonuses,
        List<LockedVeto> vetoes,
        ScoreCard card) {

    record LockedFinding(String clause, int count) {}

    record LockedBonus(int rule, String indicator, BigDecimal points) {}

    record LockedVeto(int rule, String reason) {}
}
