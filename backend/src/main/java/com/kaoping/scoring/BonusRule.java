package com.kaoping.scoring;

import java.math.BigDecimal;

/**
 * A bonus rule (85–88 in the 2021 standard).
 *
 * @param number     the rule number
 * @param item       the scoring item it belongs to (67–70)
 * @param itemText   the item's wording, verbatim
 * @param text       the rule's wording, verbatim
 * @param scope      INDICATOR: awarded against a named primary indicator, all such bonus for one
 *                   indicator capped at {@code capPercent} % of its points; ASSESSMENT: capped at
 *                   {@code cap} points per assessment on its own
 * @param capPercent percentage of the indicator's points (INDICATOR scope), else null
 * @param cap        points per assessment (ASSESSMENT scope), else null
 */
public record BonusRule(
        int number, int item, String itemText, String text, BonusScope scope, BigDecimal capPercent, BigDecimal cap) {}
