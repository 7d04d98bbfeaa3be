package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Time off: leave, sickness, training. Takes hours away from capacity, not from demand, so a
 * booking that runs through someone's leave shows as over-allocation.
 *
 * @param from first day
 * @param to last day (included)
 * @param hoursPerDay hours away on each of these days, or null for whole days; never more than the
 *     day's working hours are taken
 */
public record Absence(LocalDate from, LocalDate to, Double hoursPerDay) {

  public Absence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "an absence cannot end (" + to + ") before it starts (" + from + ")");
    }
    if (hoursPerDay != null
        && (!Double.isFinite(hoursPerDay) || hoursPerDay <= 0 || hoursPerDay > 24)) {
      throw new IllegalArgumentException(
          "hours of an absence must be over 0 and at most 24 a day, got " + hoursPerDay);
    }
  }

  public static Absence wholeDays(LocalDate from, LocalDate to) {
    return new Absence(from, to, null);
  }

  public static Absence partialDays(LocalDate from, LocalDate to, double hoursPerDay) {
    return new Absence(from, to, hoursPerDay);
  }

  public boolean wholeDay() {
    return hoursPerDay == null;
  }
}
