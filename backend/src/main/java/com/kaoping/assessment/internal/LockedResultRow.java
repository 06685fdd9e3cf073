package com.kaoping.assessment.internal;

import java.time.Instant;

/** A row of kp_locked_result: one revision of a locked result, a link of the hash chain. */
class LockedResultRow {
    Long id;
    long assessmentId;
    int revision;
    String content;
    String previousHash;
    String contentHash;
    String reason;
    String createdBy;
    Instant createdAt;
    /** How contentHash was computed: see {@link ResultChain}. */
    int hashVersion = 1;
}
