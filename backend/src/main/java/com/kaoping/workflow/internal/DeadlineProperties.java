package com.kaoping.workflow.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline timers of the BPMN models (docs/configuration.md).
 *
 * @param reminderBefore how long before a task's due date its reminder is sent (ISO-8601 or 1d, 12h)
 * @param publicityPeriod publicity period of a cycle opened without one, an ISO-8601 period such as P5D or PT4H
 * @param reworkPeriod after a return, the reworked step is due no sooner than this long after the return
 */
@ConfigurationProperties("kaoping.deadlines")
record DeadlineProperties(
        @DefaultValue("P1D") Duration reminderBefore,
        @DefaultValue("P5D") String publicityPeriod,
        @DefaultValue("P3D") Duration reworkPeriod) {}
