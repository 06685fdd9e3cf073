package com.kaoping.org.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start-up when no ADMIN exists (docs/configuration.md).
 *
 * @param username username of the first administrator (KAOPING_ADMIN_USERNAME)
 * @param password password of the first administrator, at least 12 characters (KAOPING_ADMIN_PASSWORD)
 */
@ConfigurationProperties("kaoping.bootstrap-admin")
record BootstrapAdminProperties(
        @DefaultValue("") String username, @DefaultValue("") String password) {}
