package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/**
 * How often a project reports. Weekly and biweekly periods start on the weekday of the cadence's
 * first day; monthly periods are calendar months.
 */
@RequiredArgsConstructor
public enum Cadence implements Labelled {
  WEEKLY(7),
  BIWEEKLY(14),
  MONTHLY(0);

  /** The length of a weekly or biweekly period; monthly periods follow the calendar. */
  private final int days;

  /** "Biweekly" is read both ways; the label says which is meant. */
  @Override
  public String label() {
    return this == BIWEEKLY ? "Every two weeks" : Labelled.super.label();
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
