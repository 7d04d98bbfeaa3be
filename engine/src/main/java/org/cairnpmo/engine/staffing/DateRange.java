package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days from {@code from} to {@code to}, both included.
 *
 * @param from first day
 * @param to last day; {@link LocalDate#MAX} for a range without end
 */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a range cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /** From a day on, without end (someone who joins). */
  public static DateRange startingOn(LocalDate from) {
    return new DateRange(from, LocalDate.MAX);
  }

  /** Up to a day (someone who leaves). */
  public static DateRange endingOn(LocalDate to) {
    return new DateRange(LocalDate.MIN, to);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
