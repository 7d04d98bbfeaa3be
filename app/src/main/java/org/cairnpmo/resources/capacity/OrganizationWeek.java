package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.Set;
import org.cairnpmo.planning.CalendarView;

/**
 * The organization calendar's week and holidays, for demand given per period rather than per week
 * (a proposal's FTE or hours in a year, a plan's units): one full-time person works {@link #hours}
 * a week and {@link #hoursBetween} in a period.
 */
final class OrganizationWeek {

  private final double[] week;
  private final CalendarView calendar;

  OrganizationWeek(CalendarView calendar) {
    this.calendar = calendar;
    this.week = CapacityService.weekdayHours(calendar);
  }

  /** The weekday hours, Monday first. */
  double[] days() {
    return week;
  }

  /** Hours of a full working week. */
  double hours() {
    double total = 0;
    for (double h : week) {
      total += h;
    }
    return total;
  }

  /** Working hours from {@code from} to {@code to}, both included, without the holidays. */
  double hoursBetween(LocalDate from, LocalDate to) {
    Set<LocalDate> holidays = CapacityService.holidays(calendar, from, to);
    double total = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!holidays.contains(d)) {
        total += week[d.getDayOfWeek().getValue() - 1];
      }
    }
    return total;
  }
}
