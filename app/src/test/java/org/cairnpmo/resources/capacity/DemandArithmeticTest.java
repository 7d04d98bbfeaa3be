package org.cairnpmo.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;
import org.cairnpmo.portfolio.ProposalApproved;
import org.junit.jupiter.api.Test;

/** Demand given per period, and the days of a plan task that no request covers. */
class DemandArithmeticTest {

  /** Monday to Friday, 8 to 12 and 13 to 17; New Year's Day 2031 off. */
  private static final OrganizationWeek WEEK = new OrganizationWeek(calendar());

  private static CalendarView calendar() {
    List<WeekdayHours> week = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      week.add(
          new WeekdayHours(
              day,
              day.getValue() <= 5
                  ? List.of(WorkingPeriod.of(8, 12), WorkingPeriod.of(13, 17))
                  : List.of()));
    }
    LocalDate newYear = LocalDate.of(2031, 1, 1);
    return new CalendarView(
        1,
        null,
        "Organization",
        null,
        true,
        week,
        List.of(new CalendarException("New Year", newYear, newYear, List.of())),
        0);
  }

  private static ProposalApproved.Demand line(
      String period, LocalDate from, LocalDate to, String amount, String unit) {
    return new ProposalApproved.Demand("Developer", period, from, to, new BigDecimal(amount), unit);
  }

  @Test
  void one_fte_is_a_full_week_and_hours_spread_over_the_periods_working_hours() {
    assertThat(WEEK.hours()).isEqualTo(40.0);
    LocalDate first = LocalDate.of(2031, 1, 1);
    LocalDate last = LocalDate.of(2031, 3, 31);
    // The first quarter of 2031 has 64 weekdays, one of them New Year's Day: 504 working hours.
    assertThat(WEEK.hoursBetween(first, last)).isEqualTo(504.0);
    assertThat(ScenarioLoad.hoursPerWeek(line("2031-Q1", first, last, "1.5", "FTE"), WEEK))
        .isEqualTo(60.0);
    assertThat(ScenarioLoad.hoursPerWeek(line("2031-Q1", first, last, "252", "HOURS"), WEEK))
        .isCloseTo(20.0, within(1e-9));
  }

  @Test
  void a_task_counts_on_the_days_no_request_covers() {
    LocalDate monday = LocalDate.of(2031, 3, 3);
    List<LocalDate[]> free =
        PlanLoad.without(
            monday,
            monday.plusDays(13),
            List.of(
                new LocalDate[] {monday.plusDays(2), monday.plusDays(4)},
                new LocalDate[] {monday.plusDays(10), monday.plusDays(30)},
                new LocalDate[] {monday.minusDays(9), monday.minusDays(1)}));
    assertThat(free)
        .extracting(r -> r[0] + ".." + r[1])
        .containsExactly("2031-03-03..2031-03-04", "2031-03-08..2031-03-12");
    assertThat(
            PlanLoad.without(
                monday, monday, List.<LocalDate[]>of(new LocalDate[] {monday, monday})))
        .isEmpty();
  }
}
