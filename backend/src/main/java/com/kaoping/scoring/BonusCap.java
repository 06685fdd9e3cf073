package com.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One bonus cap of a score card and how much of it the card uses, so that a form shows the cap the engine applies
 * instead of working it out again.
 *
 * @param rules     the bonus rules sharing this cap: the INDICATOR-scoped rules (85–87) for one primary indicator,
 *                  or one ASSESSMENT-scoped rule (88)
 * @param indicator the primary indicator's name for an INDICATOR cap, else null
 * @param cap       the most these rules may add: capPercent % of the indicator's points (rounded down to two
 *                  decimals), or the rule's own cap
 * @param claimed   Σ points claimed under these rules, before the cap
 * @param awarded   what the card adds: min(claimed, cap)
 */
public record BonusCap(List<Integer> rules, String indicator, BigDecimal cap, BigDecimal claimed, BigDecimal awarded) {

    public BonusCap {
        rules = List.copyOf(rules);
    }
}
