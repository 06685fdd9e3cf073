package com.kaoping.rectification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rectification (docs/rectification.md, docs/configuration.md).
 *
 * @param vetoDepartment the department that checks the items of veto rules 89–97, which belong to no indicator (the
 *                       organisation department keeps the rectification ledger)
 */
@ConfigurationProperties("kaoping.rectification")
record RectificationProperties(@DefaultValue("ORG") String vetoDepartment) {}
