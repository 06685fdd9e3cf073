/**
 * Authentication and the coarse access rules (docs/security.md): form login (CSRF-protected) for the browser, HTTP
 * Basic for scripts, Argon2id hashes, sign-in throttling, sessions in the database that follow the account, the
 * canonical-path firewall, closed by default, browser headers (CSP); Camunda's REST API and web apps for ADMIN only.
 * Per-object rules live with each feature, which asks {@link com.kaoping.security.CurrentUser} who is calling.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"audit", "org", "web"})
package com.kaoping.security;
