package com.kaoping.scoring;

import java.math.BigDecimal;

/**
 * A secondary indicator's score: 0 when zeroed out, else max(0, points − Σ deductions).
 *
 * @param deduction the points actually lost (≤ maxScore)
 * @param zeroedOut a 本评分项不得分 clause applies
 */
public record SecondaryScore(
        String name, BigDecimal maxScore, BigDecimal score, BigDecimal deduction, boolean zeroedOut) {}
