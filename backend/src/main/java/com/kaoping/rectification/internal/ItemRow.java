package com.kaoping.rectification.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of kp_rectification_item, with its cycle's year and quarter when read. */
class ItemRow {
    Long id;
    long assessmentId;
    long cycleId;
    int cycleYear;
    int quarter;
    String branchCode;
    String clauseId;
    String kind;
    String wording;
    BigDecimal deduction;
    String reviewNote;
    String department;
    Instant dueAt;
    String state;
    String measures;
    String responsible;
    LocalDate plannedDate;
    String evidence;
    String plannedBy;
    Instant plannedAt;
    String checkReason;
    String checkedBy;
    Instant checkedAt;
    Instant openedAt;
    Instant closedAt;
}
