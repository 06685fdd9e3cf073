package com.kaoping.assessment.internal;

import java.time.Instant;

/** A row of kp_finding: the branch's count and a department's adjustment of one clause. */
class FindingRow {
    Long id;
    long assessmentId;
    String clauseId;
    String department;
    Integer selfCount;
    String selfNote;
    Integer reviewCount;
    String reviewNote;
    String reviewedBy;
    Instant updatedAt;
    /** only where a query joins the assessment's branch */
    String branchCode;

    static FindingRow of(long assessmentId, String clauseId, String department) {
        FindingRow row = new FindingRow();
        row.assessmentId = assessmentId;
        row.clauseId = clauseId;
        row.department = department;
        return row;
    }

    /** The count after review: the department's adjustment where there is one, else the branch's. */
    Integer reviewedCount() {
        return reviewCount != null ? reviewCount : selfCount;
    }
}
