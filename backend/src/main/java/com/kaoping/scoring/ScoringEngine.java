package com.kaoping.scoring;

/**
 * Scores findings, bonuses and vetoes against one standard (DESIGN §1).
 * Immutable and thread-safe; build one per standard version and reuse it.
 */
public final class ScoringEngine {

    private final Standard standard;

    public ScoringEngine(Standard standard) {
        this.standard = standard;
    }

    public Standard standard() {
        return standard;
    }

    /**
     * @throws InvalidScoringInputException for an unknown clause, rule or indicator, a count out of range,
     *                                      a count above 1 on a non-per-unit clause, a duplicate clause,
     *                                      bonus points ≤ 0 or with more than two decimals, a veto rule not in the standard
     */
    public ScoreCard score(ScoringInput input) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
