package org.cairnpmo.engine.staffing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The periods a capacity grid has: weeks starting on Monday, or calendar months.
 *
 * @param granularity weeks or months
 * @param start first day of the first period (a Monday, or the first of a month)
 * @param periods how many periods
 */
public record Horizon(Granularity granularity, LocalDate start, int periods) {

  /** The length of a period. */
  public enum Granularity {
    WEEK,
    MONTH
  }

  public Horizon {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    if (periods < 1 || periods > 520) {
      throw new IllegalArgumentException("a horizon has 1 to 520 periods, got " + periods);
    }
    if (granularity == Granularity.WEEK && start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("weeks start on a Monday, " + start + " is not one");
    }
    if (granularity == Granularity.MONTH && start.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("months start on the first, " + start + " is not one");
    }
  }

  public static Horizon weeks(LocalDate monday, int count) {
    return new Horizon(Granularity.WEEK, monday, count);
  }

  public static Horizon months(YearMonth first, int count) {
    return new Horizon(Granularity.MONTH, first.atDay(1), count);
  }

  /** First day of period {@code k}. */
  public LocalDate periodStart(int k) {
    return granularity == Granularity.WEEK ? start.plusWeeks(k) : start.plusMonths(k);
  }

  /** Last day of period {@code k} (included). */
  public LocalDate periodEnd(int k) {
    return periodStart(k + 1).minusDays(1);
  }

  /** The first day after the horizon. */
  public LocalDate end() {
    return periodStart(periods);
  }

  /** Days from the start to the end. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(start, end());
  }

  /** The period a day falls in, or -1 outside the horizon. */
  public int periodOf(LocalDate day) {
    if (day.isBefore(start) || !day.isBefore(end())) {
      return -1;
    }
    if (granularity == Granularity.WEEK) {
      return (int) (ChronoUnit.DAYS.between(start, day) / 7);
    }
    return (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(day));
  }
}
