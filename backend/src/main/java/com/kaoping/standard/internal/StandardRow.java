package com.kaoping.standard.internal;

import com.kaoping.standard.StandardSummary;
import java.time.Instant;

/** A row of kp_standard. */
class StandardRow {
    Long id;
    String code;
    int version;
    String name;
    int stdYear;
    String content;
    String contentHash;
    boolean active;
    boolean inUse;
    Instant importedAt;
    String importedBy;

    StandardSummary toSummary() {
        return new StandardSummary(code, version, name, stdYear, active, inUse, importedAt, importedBy);
    }
}
