package com.kaoping.audit.internal;

import java.time.Instant;

/** A row of kp_audit_event; {@code details} is the event's parameters as a JSON object. */
class AuditEventRow {
    Long id;
    Instant occurredAt;
    String type;
    String actor;
    String target;
    String details;
}
