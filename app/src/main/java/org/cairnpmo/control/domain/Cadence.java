package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a project reports. Weekly and biweekly periods start on the weekday of the cadence's
 * first day; monthly periods are calendar months.
 */
public enum Cadence {
  WEEKLY("Weekly", 7),
  BIWEEKLY("Every two weeks", 14),
  MONTHLY("Monthly", 0);

  private final String label;
  private final int days;

  Cadence(String label, int days) {
    this.label = label;
    this.days = days;
  }

  public String label() {
    return label;
  }

  /** The first day of the first period for a cadence asked to start on {@code day}. */
  public LocalDate anchor(LocalDate day) {
    return this == MONTHLY ? day.with(TemporalAdjusters.firstDayOfMonth()) : day;
  }

  /** The first day of period {@code index} (0 starts at the anchor; negative ones precede it). */
  public LocalDate start(LocalDate anchor, long index) {
    return this == MONTHLY ? anchor.plusMonths(index) : anchor.plusDays(days * index);
  }

  /** The last day of period {@code index}. */
  public LocalDate end(LocalDate anchor, long index) {
    return start(anchor, index + 1).minusDays(1);
  }

  /** The index of the period that contains {@code day}. */
  public long indexOf(LocalDate anchor, LocalDate day) {
    if (this == MONTHLY) {
      return ChronoUnit.MONTHS.between(anchor, day.with(TemporalAdjusters.firstDayOfMonth()));
    }
    return Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), days);
  }
}
