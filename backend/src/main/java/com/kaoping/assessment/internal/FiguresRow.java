package com.kaoping.assessment.internal;

import java.math.BigDecimal;

/** One assessment's stored totals and its bonuses summed (AssessmentMapper.confirmationFigures). */
class FiguresRow {
    long assessmentId;
    String branchCode;
    BigDecimal selfTotal;
    BigDecimal reviewedBase;
    BigDecimal reviewedTotal;
    int declaredCount;
    BigDecimal declaredPoints;
    int endorsedCount;
    BigDecimal endorsedPoints;
}
