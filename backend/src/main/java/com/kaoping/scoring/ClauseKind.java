package com.kaoping.scoring;

/** How a clause deducts; a cap may be set on PER_UNIT and FLAT clauses. */
public enum ClauseKind {
    /** amount × count, e.g. 每少1次扣0.2分, 扣0.1分/篇. */
    PER_UNIT,
    /** amount once when the clause applies, e.g. 扣0.5分. */
    FLAT,
    /** 本评分项不得分: the whole secondary indicator scores 0. */
    ZERO_OUT,
    /** 一票否决: the assessment is vetoed. */
    VETO
}
