package com.kaoping.evidence.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence uploads (docs/configuration.md).
 *
 * @param maxBytes largest evidence file; spring.servlet.multipart limits must not be lower
 */
@ConfigurationProperties("kaoping.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxBytes) {}
