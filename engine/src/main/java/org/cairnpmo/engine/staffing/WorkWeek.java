package org.cairnpmo.engine.staffing;

import java.time.DayOfWeek;

/**
 * Working hours per weekday of a full-time week, before part time, holidays and absences.
 *
 * @param monday hours worked on a Monday (0 when not a working day)
 */
public record WorkWeek(
    double monday,
    double tuesday,
    double wednesday,
    double thursday,
    double friday,
    double saturday,
    double sunday) {

  public WorkWeek {
    double[] all = {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
    double total = 0;
    for (double h : all) {
      if (!Double.isFinite(h) || h < 0 || h > 24) {
        throw new IllegalArgumentException("hours of a day must be between 0 and 24, got " + h);
      }
      total += h;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("a working week needs at least one working hour");
    }
  }

  /** Monday to Friday, eight hours a day. */
  public static WorkWeek standard() {
    return weekdays(8);
  }

  /** Monday to Friday, the same hours each day. */
  public static WorkWeek weekdays(double hoursPerDay) {
    return new WorkWeek(hoursPerDay, hoursPerDay, hoursPerDay, hoursPerDay, hoursPerDay, 0, 0);
  }

  public double hours(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> monday;
      case TUESDAY -> tuesday;
      case WEDNESDAY -> wednesday;
      case THURSDAY -> thursday;
      case FRIDAY -> friday;
      case SATURDAY -> saturday;
      case SUNDAY -> sunday;
    };
  }

  /** The sum of the seven days. */
  public double weeklyHours() {
    return monday + tuesday + wednesday + thursday + friday + saturday + sunday;
  }

  /** Hours per weekday, Monday first. */
  double[] toArray() {
    return new double[] {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
  }
}
