package com.kaoping.operations.internal;

import com.kaoping.audit.AuditEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the audit events features publish, by type ({@code kaoping.audit.events}); exports, which publish
 * {@code EXPORT}, are counted apart as {@code kaoping.exports} by what was exported.
 */
@Component
record AuditEventMetrics(MeterRegistry meters) {
    static final String EXPORT = "EXPORT";

    @EventListener
    void on(AuditEvent event) {
        Counter.builder("kaoping.audit.events")
                .description("Audit events on this node, by type")
                .tag("type", event.type())
                .register(meters)
                .increment();
        if (EXPORT.equals(event.type())) {
            Counter.builder("kaoping.exports")
                    .description("Exports on this node, by kind")
                    .tag("kind", event.details().getOrDefault("kind", "unknown"))
                    .register(meters)
                    .increment();
        }
    }
}
