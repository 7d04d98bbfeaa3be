package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reporting periods of a cadence: period 0 starts at the anchor, each next one right after the
 * previous; a period's report is due {@code dueDays} after its last day.
 */
public record ReportSchedule(Cadence cadence, LocalDate anchor, int dueDays) {

  public ReportSchedule {
    anchor = cadence.anchor(anchor);
    if (dueDays < 0) {
      throw new IllegalArgumentException("dueDays must not be negative");
    }
  }

  public ReportPeriod period(long index) {
    LocalDate end = cadence.end(anchor, index);
    return new ReportPeriod(cadence.start(anchor, index), end, end.plusDays(dueDays));
  }

  /** The period containing {@code day}; empty before the first period. */
  public java.util.Optional<ReportPeriod> periodContaining(LocalDate day) {
    long index = cadence.indexOf(anchor, day);
    return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(period(index));
  }

  /** The period under way on {@code today}, or the first one if the cadence has not started. */
  public ReportPeriod current(LocalDate today) {
    return periodContaining(today).orElseGet(() -> period(0));
  }

  /**
   * Every period whose due date is before {@code today} (its report is due and late if missing).
   */
  public List<ReportPeriod> duePeriodsBefore(LocalDate today) {
    return periodsWhile(period -> period.due().isBefore(today));
  }

  /** The periods that have ended by {@code today}, oldest first. */
  public List<ReportPeriod> endedBy(LocalDate today) {
    return periodsWhile(period -> period.end().isBefore(today));
  }

  /** The periods from the first on, up to the first that is no longer {@code wanted}. */
  private List<ReportPeriod> periodsWhile(Predicate<ReportPeriod> wanted) {
    List<ReportPeriod> periods = new ArrayList<>();
    for (long i = 0; ; i++) {
      ReportPeriod period = period(i);
      if (!wanted.test(period)) {
        return periods;
      }
      periods.add(period);
    }
  }
}
