package com.kaoping.operations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several nodes on one database (docs/operations.md).
 *
 * @param startupLockTimeout how long a starting node waits while another node starts (migrates the schema, creates
 *     the first administrator, mirrors users) before it gives up and fails to start
 */
@ConfigurationProperties("kaoping.cluster")
record ClusterProperties(@DefaultValue("10m") Duration startupLockTimeout) {}
