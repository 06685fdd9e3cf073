package com.kaoping.rectification.internal;

import java.time.Instant;

/** A row of kp_rectification_check. */
class CheckRow {
    long itemId;
    String decision;
    String reason;
    String checkedBy;
    Instant checkedAt;
}
