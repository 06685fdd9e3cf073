package com.kaoping.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.audit.AuditEvent;
import java.time.Instant;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every {@link AuditEvent} in kp_audit_event. A plain (synchronous) listener: the row is written in the
 * publisher's transaction, so an audited change and its record commit or roll back together.
 */
@Component
record AuditLog(AuditEventMapper mapper, ObjectMapper json) {
    private static final int MAX_TARGET = 200;
    private static final int MAX_ACTOR = 64;

    @EventListener
    void record(AuditEvent event) {
        AuditEventRow row = new AuditEventRow();
        row.occurredAt = Instant.now();
        row.type = event.type();
        row.actor = cut(event.actor(), MAX_ACTOR);
        // a failed sign-in's target is whatever the caller typed as user name
        row.target = cut(event.target(), MAX_TARGET);
        try {
            row.details = json.writeValueAsString(new TreeMap<>(event.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        mapper.insert(row);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
