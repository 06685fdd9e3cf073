package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A primary indicator's score: Σ secondary scores, plus its capped bonus (rules 85–87) shown apart. */
public record PrimaryScore(
        String name, BigDecimal maxScore, BigDecimal score, BigDecimal bonus, List<SecondaryScore> secondaries) {}
