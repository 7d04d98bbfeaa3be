package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class StaleReportClockTest {

  private static Clock at(LocalDate day) {
    ZoneId zone = ZoneId.systemDefault();
    return Clock.fixed(ZonedDateTime.of(day.atTime(12, 0), zone).toInstant(), zone);
  }

  @Test
  void a_report_turns_stale_thirty_five_days_after_it_was_submitted_counted_from_the_clock() {
    DashboardQuery query = new DashboardQuery(null, null, at(LocalDate.of(2031, 3, 10)));

    assertThat(query.staleBefore()).isEqualTo(LocalDate.of(2031, 2, 3));
  }

  @Test
  void the_stale_day_moves_with_the_clock_not_with_the_machine_date() {
    DashboardQuery query = new DashboardQuery(null, null, at(LocalDate.of(1999, 12, 31)));

    assertThat(query.staleBefore()).isEqualTo(LocalDate.of(1999, 11, 26));
  }
}
