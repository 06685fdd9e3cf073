package com.kaoping.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A deadline given as a date ends at 23:59:59 in kaoping.time-zone, not in the server's zone. */
class DeadlineZoneTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDateEndsInTheConfiguredZone() {
        OpenCycleRequest request =
                new OpenCycleRequest(2026, 4, null, null, "2026-12-31", null, null, null, null, null, null);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(request.deadlines(now, SHANGHAI).selfAssessment()).isEqualTo("2026-12-31T15:59:59Z");
        assertThat(request.deadlines(now, ZoneId.of("UTC")).selfAssessment()).isEqualTo("2026-12-31T23:59:59Z");
    }

    @Test
    void defaultDeadlinesCountTheZonesDays() {
        OpenCycleRequest request = new OpenCycleRequest(2026, 4, null, null, null, null, null, null, null, null, null);
        // 20:00 UTC on 1 December is already 2 December in Shanghai: two weeks later is 16 December there
        Instant now = Instant.parse("2026-12-01T20:00:00Z");
        assertThat(request.deadlines(now, SHANGHAI).selfAssessment()).isEqualTo("2026-12-16T15:59:59Z");
        assertThat(request.deadlines(now, ZoneId.of("UTC")).selfAssessment()).isEqualTo("2026-12-15T23:59:59Z");
    }
}
