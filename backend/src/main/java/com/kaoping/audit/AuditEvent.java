package com.kaoping.audit;

import java.util.Map;

/**
 * Something an auditor must be able to find later (a sign-in, a role change, an export, an engine action), published
 * as a Spring application event by the feature where it happens and kept by the audit feature with the data.
 *
 * @param type what happened, a stable code such as {@code EXPORT} or {@code SIGN_IN_FAILED}
 * @param actor the username that did it, or null for an anonymous caller
 * @param target what it was done to (an assessment id, a username, a file name), or null
 * @param details further parameters, rendered by the reader in its own language
 */
public record AuditEvent(String type, String actor, String target, Map<String, String> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
