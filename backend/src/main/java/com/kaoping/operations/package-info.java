/**
 * Running Kaoping as a service: metrics of its own that no single feature owns (audit events, exports), and safe
 * start-up of several nodes on one database. See docs/operations.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"audit"})
package com.kaoping.operations;
