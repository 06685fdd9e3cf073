/**
 * Authentication and the coarse access rules: form login (CSRF-protected) for the browser, HTTP Basic for
 * scripts, BCrypt hashes; Camunda's REST API and web apps for ADMIN only. Per-object rules live with each feature,
 * which asks {@link com.kaoping.security.CurrentUser} who is calling.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"org", "web"})
package com.kaoping.security;
