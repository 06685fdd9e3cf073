package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring: every figure is an exact decimal with two places.
 *
 * @param baseScore   Σ primary scores (≤ 100)
 * @param bonusScore  Σ bonuses after caps
 * @param totalScore  base + bonus (may exceed 100)
 * @param vetoed      a veto rule or a veto clause applies
 * @param grade       from the grade bands; the lowest band when vetoed
 * @param gradeLevel  the grade's band, counted from the best one (0); the lowest band's when vetoed. Always set by
 *                    the engine; null only on a card stored before cards carried it
 * @param indicators  one entry per primary indicator, in the standard's order
 * @param explanation one line per deduction, cap, floor, zero-out, bonus, bonus cap and veto
 * @param bonusCaps   every bonus cap of the standard, claimed or not: one per primary indicator (its
 *                    INDICATOR-scoped rules), then one per ASSESSMENT-scoped rule
 */
public record ScoreCard(
        String standardCode,
        int standardVersion,
        BigDecimal baseScore,
        BigDecimal bonusScore,
        BigDecimal totalScore,
        boolean vetoed,
        String grade,
        Integer gradeLevel,
        List<PrimaryScore> indicators,
        List<ExplanationLine> explanation,
        List<BonusCap> bonusCaps) {}
