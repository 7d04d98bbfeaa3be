package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

  @Test
  void weekly_periods_run_seven_days_from_the_first_day_and_are_due_two_days_later() {
    ReportSchedule weekly = new ReportSchedule(Cadence.WEEKLY, MONDAY, 2);

    assertThat(weekly.period(0))
        .isEqualTo(new ReportPeriod(MONDAY, LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 10)));
    assertThat(weekly.period(3).start()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(weekly.periodContaining(LocalDate.of(2026, 11, 15)))
        .contains(
            new ReportPeriod(
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 17)));
    assertThat(weekly.periodContaining(MONDAY.minusDays(1))).isEmpty();
  }

  @Test
  void biweekly_periods_run_fourteen_days() {
    ReportSchedule biweekly = new ReportSchedule(Cadence.BIWEEKLY, MONDAY, 0);

    assertThat(biweekly.period(1))
        .isEqualTo(
            new ReportPeriod(
                LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 29)));
    assertThat(biweekly.periodContaining(LocalDate.of(2026, 11, 29)).orElseThrow().start())
        .isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(biweekly.periodContaining(LocalDate.of(2026, 11, 30)).orElseThrow().start())
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void monthly_periods_are_calendar_months_whatever_day_the_cadence_starts() {
    ReportSchedule monthly = new ReportSchedule(Cadence.MONTHLY, LocalDate.of(2026, 1, 31), 5);

    assertThat(monthly.anchor()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(monthly.period(1))
        .isEqualTo(
            new ReportPeriod(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 5)));
    assertThat(monthly.period(11).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(monthly.periodContaining(LocalDate.of(2026, 2, 28)).orElseThrow().start())
        .isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(monthly.periodContaining(LocalDate.of(2027, 3, 1)).orElseThrow().start())
        .isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void a_period_is_due_once_its_due_date_has_passed() {
    ReportSchedule weekly = new ReportSchedule(Cadence.WEEKLY, MONDAY, 2);

    // 10 Nov is the first due date: on that day nothing is late yet, the day after one period is.
    assertThat(weekly.duePeriodsBefore(LocalDate.of(2026, 11, 10))).isEmpty();
    assertThat(weekly.duePeriodsBefore(LocalDate.of(2026, 11, 11)))
        .extracting(ReportPeriod::start)
        .containsExactly(MONDAY);
    assertThat(weekly.duePeriodsBefore(LocalDate.of(2026, 11, 25))).hasSize(3);
    assertThat(weekly.endedBy(LocalDate.of(2026, 11, 9))).hasSize(1);
    assertThat(weekly.current(LocalDate.of(2026, 11, 25)).start())
        .isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(weekly.current(LocalDate.of(2026, 10, 1)).start()).isEqualTo(MONDAY);
    assertThat(weekly.period(0).isOverdueOn(LocalDate.of(2026, 11, 10))).isFalse();
    assertThat(weekly.period(0).isOverdueOn(LocalDate.of(2026, 11, 11))).isTrue();
  }
}
