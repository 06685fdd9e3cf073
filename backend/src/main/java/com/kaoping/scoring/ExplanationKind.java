package com.kaoping.scoring;

/** What an explanation line reports. */
public enum ExplanationKind {
    /** a clause's deduction (amount × count, or amount once). */
    DEDUCTION,
    /** a clause's deduction was limited by its cap (最多扣X分). */
    CAP,
    /** the deductions inside a secondary indicator exceeded its points; it scores 0, not less. */
    FLOOR,
    /** a 本评分项不得分 clause zeroed the secondary indicator. */
    ZERO_OUT,
    /** bonus points awarded under a bonus rule. */
    BONUS,
    /** bonus points cut back to the rule's cap. */
    BONUS_CAP,
    /** the assessment is vetoed (a veto rule, or a 一票否决 clause). */
    VETO
}
