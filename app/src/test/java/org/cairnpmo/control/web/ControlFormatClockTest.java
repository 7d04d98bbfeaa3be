package org.cairnpmo.control.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ControlFormatClockTest {

  private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

  private static ControlFormat on(LocalDate day) {
    ZoneId zone = ZoneId.systemDefault();
    return new ControlFormat(
        Clock.fixed(ZonedDateTime.of(day.atTime(12, 0), zone).toInstant(), zone));
  }

  @Test
  void a_due_date_reads_relative_to_the_clock_s_today() {
    ControlFormat fmt = on(DAY);

    assertThat(fmt.relative(DAY)).isEqualTo("today");
    assertThat(fmt.relative(DAY.plusDays(1))).isEqualTo("tomorrow");
    assertThat(fmt.relative(DAY.minusDays(3))).isEqualTo("3 days ago");
  }

  @Test
  void the_same_date_reads_differently_once_the_clock_has_moved_on() {
    assertThat(on(DAY.plusDays(1)).relative(DAY)).isEqualTo("yesterday");
    assertThat(on(DAY.minusDays(5)).relative(DAY)).isEqualTo("in 5 days");
  }
}
