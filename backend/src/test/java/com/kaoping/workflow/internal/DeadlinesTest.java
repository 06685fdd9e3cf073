package com.kaoping.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    final Deadlines deadlines = new Deadlines(Duration.ofDays(1), "P5D", Duration.ofDays(3));

    @BeforeEach
    void freezeClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsTheConfiguredPeriodBeforeTheDueDate() {
        assertThat(deadlines.reminder(at(Duration.ofDays(3)))).isEqualTo(at(Duration.ofDays(2)));
    }

    @Test
    void remindsAtOnceWhenTheReminderMomentHasPassed() {
        assertThat(deadlines.reminder(at(Duration.ofHours(5)))).isEqualTo(at(Duration.ZERO));
    }

    @Test
    void noReminderForAPastDueDateOrNone() {
        assertThat(deadlines.reminder(at(Duration.ofHours(-1)))).isEqualTo(Deadlines.NEVER);
        assertThat(deadlines.reminder(null)).isEqualTo(Deadlines.NEVER);
    }

    @Test
    void overdueAtTheDueDateOrNever() {
        assertThat(deadlines.overdue(at(Duration.ofDays(3)))).isEqualTo(at(Duration.ofDays(3)));
        assertThat(deadlines.overdue(null)).isEqualTo(Deadlines.NEVER);
    }

    @Test
    void publicityPeriodDefaultsAndIsChecked() {
        assertThat(deadlines.publicityPeriod(null)).isEqualTo("P5D");
        assertThat(deadlines.publicityPeriod(" ")).isEqualTo("P5D");
        assertThat(deadlines.publicityPeriod("P3D")).isEqualTo("P3D");
        assertThat(deadlines.publicityPeriod("PT12H")).isEqualTo("PT12H");
        assertThatThrownBy(() -> deadlines.publicityPeriod("five days")).isInstanceOf(IllegalArgumentException.class);
    }

    static Date at(Duration fromNow) {
        return Date.from(NOW.plus(fromNow));
    }
}
