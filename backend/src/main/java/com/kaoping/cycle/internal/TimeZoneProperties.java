package com.kaoping.cycle.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time zone of the organisation (docs/configuration.md).
 *
 * @param timeZone the zone in which a deadline given as a date ends (23:59:59) and the default deadlines are
 *     counted in days, whatever the server's own zone
 */
@ConfigurationProperties("kaoping")
record TimeZoneProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {}
