/**
 * The security audit log: features publish {@link com.kaoping.audit.AuditEvent}s; this feature keeps them with the
 * data and serves them to administrators.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {})
package com.kaoping.audit;
