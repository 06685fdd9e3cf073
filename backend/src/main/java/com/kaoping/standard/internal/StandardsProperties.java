package com.kaoping.standard.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Standards shipped with the application (docs/configuration.md).
 *
 * @param bundled resource pattern of the standard files imported at start-up
 */
@ConfigurationProperties("kaoping.standards")
record StandardsProperties(
        @DefaultValue("classpath*:standards/*.yaml") String bundled) {}
