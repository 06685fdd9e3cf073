package com.kaoping.scoring;

import java.math.BigDecimal;

/**
 * Bonus points claimed or awarded under a bonus rule.
 *
 * @param rule      the bonus rule number (85–88)
 * @param indicator the primary indicator's name for an INDICATOR-scoped rule, else null
 * @param points    positive, at most two decimals
 */
public record BonusClaim(int rule, String indicator, BigDecimal points) {}
