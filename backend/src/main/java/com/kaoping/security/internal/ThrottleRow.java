package com.kaoping.security.internal;

import java.time.Instant;

/** A row of kp_sign_in_throttle: the recent failed sign-ins of one account or one client address. */
class ThrottleRow {
    String kind;
    String subject;
    int failures;
    Instant windowStart;
    Instant lockedUntil;

    /** For administrators: who is failing or locked, and until when. */
    record View(String kind, String subject, int failures, Instant windowStart, Instant lockedUntil, boolean locked) {}

    View view(Instant now) {
        return new View(
                kind, subject, failures, windowStart, lockedUntil, lockedUntil != null && lockedUntil.isAfter(now));
    }
}
