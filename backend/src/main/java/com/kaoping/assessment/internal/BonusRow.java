package com.kaoping.assessment.internal;

import java.math.BigDecimal;

/** A row of kp_bonus: declared by the branch, endorsed by its department, confirmed by the leadership group. */
class BonusRow {
    Long id;
    long assessmentId;
    int ruleNumber;
    String indicator;
    String department;
    BigDecimal declaredPoints;
    BigDecimal endorsedPoints;
    BigDecimal confirmedPoints;
    String note;
    String adjustNote;

    BigDecimal endorsedOrDeclared() {
        return endorsedPoints != null ? endorsedPoints : declaredPoints;
    }

    BigDecimal confirmedOrEndorsed() {
        return confirmedPoints != null ? confirmedPoints : endorsedOrDeclared();
    }
}
