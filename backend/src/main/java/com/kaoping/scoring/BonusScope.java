package com.kaoping.scoring;

/** What a bonus rule's cap applies to. */
public enum BonusScope {
    /** Awarded against a primary indicator; capped together with the indicator's other such bonuses. */
    INDICATOR,
    /** Awarded to the assessment as a whole, capped on its own. */
    ASSESSMENT
}
