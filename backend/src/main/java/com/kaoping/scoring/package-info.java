/**
 * The scoring engine: pure Java, no Spring, no database, exact decimals.
 * <p>
 * It holds the in-memory model of a scoring standard ({@link Standard} and its parts) and scores
 * findings, bonuses and vetoes against it ({@link ScoringEngine}), producing a {@link ScoreCard}
 * whose explanation names every rule and clause that cost or earned a point.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scoring engine",
        allowedDependencies = {})
package com.kaoping.scoring;
