package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.List;

/** Capacity and demand worked out day by day from the raw records, to check the engine's. */
final class Naive {

  private Naive() {}

  static double capacity(PersonCalendar c, LocalDate from, LocalDate to) {
    double sum = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      sum += capacity(c, d);
    }
    return sum;
  }

  static double capacity(PersonCalendar c, LocalDate d) {
    if (c.holidays().contains(d)) {
      return 0;
    }
    if (!c.availability().isEmpty()
        && c.availability().stream().noneMatch(range -> range.contains(d))) {
      return 0;
    }
    double hours = c.week().hours(d.getDayOfWeek()) * c.partTimePercent() / 100;
    double away = 0;
    for (Absence a : c.absences()) {
      if (!d.isBefore(a.from()) && !d.isAfter(a.to())) {
        away += a.wholeDay() ? hours : a.hoursPerDay();
      }
    }
    return Math.max(0, hours - away);
  }

  /** Demand of bookings on days {@code from..to}. */
  static double demand(PersonCalendar c, List<Booking> bookings, LocalDate from, LocalDate to) {
    double sum = 0;
    for (Booking b : bookings) {
      if (!b.personId().equals(c.personId())) {
        continue;
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (d.isBefore(b.from()) || d.isAfter(b.to()) || c.holidays().contains(d)) {
          continue;
        }
        sum += b.hoursPerWeek() * c.week().hours(d.getDayOfWeek()) / c.week().weeklyHours();
      }
    }
    return sum;
  }
}
