package org.cairnpmo.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.WeekdayHours;

/**
 * The working week of a calendar as the pages draw it: a weekday the calendar does not define is
 * its base calendar's, up to the organization's. Holidays and other exceptions are the scheduler's
 * business; the pages shade only the week.
 */
record PlanWeek(Set<DayOfWeek> nonWorking) {

  static PlanWeek of(long calendarId, List<CalendarView> calendars) {
    Map<Long, CalendarView> byId =
        calendars.stream().collect(Collectors.toMap(CalendarView::id, Function.identity()));
    Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours(day, byId.get(calendarId), byId).map(h -> h.hours().isEmpty()).orElse(false)) {
        off.add(day);
      }
    }
    return new PlanWeek(off);
  }

  private static Optional<WeekdayHours> hours(
      DayOfWeek day, CalendarView calendar, Map<Long, CalendarView> byId) {
    for (CalendarView c = calendar; c != null; ) {
      for (WeekdayHours h : c.week()) {
        if (h.day() == day) {
          return Optional.of(h);
        }
      }
      c = c.baseCalendarId() == null ? null : byId.get(c.baseCalendarId());
    }
    return Optional.empty();
  }

  /** ISO day numbers (1 = Monday ... 7 = Sunday) of the days not worked. */
  List<Integer> isoDays() {
    return nonWorking.stream().map(DayOfWeek::getValue).sorted().toList();
  }

  /** Working days from {@code first} to {@code last}, both included; at least 1. */
  long workingDays(LocalDate first, LocalDate last) {
    long days = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (!nonWorking.contains(d.getDayOfWeek())) {
        days++;
      }
    }
    return Math.max(1, days);
  }
}
