package com.kaoping.report.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.org.UserAccount;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records each export in the audit log: who downloaded which file of what. */
@Component
record ExportAudit(ApplicationEventPublisher events) {

    /**
     * @param kind   what was exported, e.g. {@code score-sheet.xlsx}
     * @param target the object, e.g. {@code assessment:12}, {@code cycle:3}, {@code year:2026}
     */
    void exported(UserAccount by, String kind, String target, String file) {
        events.publishEvent(new AuditEvent("EXPORT", by.username(), target, Map.of("kind", kind, "file", file)));
    }
}
