package org.cairnpmo.planning.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;

/** What a calendar must be: named, each weekday once, periods that do not overlap, sane dates. */
final class CalendarChecks {

  /** An exception longer than ten years is a typing mistake, and costly to expand. */
  static final long MAX_EXCEPTION_DAYS = 3660;

  private CalendarChecks() {}

  static void check(CalendarData data, Problems problems) {
    problems.text("name", data.name(), 200, true, "Name the calendar");
    Set<java.time.DayOfWeek> seen = EnumSet.noneOf(java.time.DayOfWeek.class);
    for (int i = 0; i < data.week().size(); i++) {
      WeekdayHours day = data.week().get(i);
      String field = "week[" + i + "]";
      if (day == null || day.day() == null) {
        problems.add(field + ".day", "Name the day");
        continue;
      }
      problems.require(seen.add(day.day()), field + ".day", "Each weekday once.");
      periods(day.hours(), problems, field + ".hours");
    }
    for (int i = 0; i < data.exceptions().size(); i++) {
      CalendarException exception = data.exceptions().get(i);
      String field = "exceptions[" + i + "]";
      if (exception == null || exception.firstDay() == null || exception.lastDay() == null) {
        problems.add(field + ".firstDay", "Enter the first and the last day.");
        continue;
      }
      problems.text(field + ".name", exception.name(), 200, false, "");
      problems.date(field + ".firstDay", exception.firstDay());
      problems.date(field + ".lastDay", exception.lastDay());
      problems.require(
          !exception.lastDay().isBefore(exception.firstDay()),
          field + ".lastDay",
          "The last day is before the first.");
      problems.require(
          ChronoUnit.DAYS.between(exception.firstDay(), exception.lastDay()) < MAX_EXCEPTION_DAYS,
          field + ".lastDay",
          "An exception lasts at most ten years.");
      periods(exception.hours(), problems, field + ".hours");
    }
  }

  /** Periods that each end after they start and do not overlap. */
  private static void periods(List<WorkingPeriod> periods, Problems problems, String field) {
    List<WorkingPeriod> complete = new ArrayList<>();
    for (WorkingPeriod period : periods) {
      if (period == null || period.from() == null || period.to() == null) {
        problems.add(field, "Enter when each working period starts and ends.");
        return;
      }
      complete.add(period);
    }
    try {
      WorkingCalendar.builder("check")
          .day(java.time.DayOfWeek.MONDAY, CalendarBook.times(complete))
          .build();
    } catch (InvalidScheduleException e) {
      problems.add(field, "Working periods end after they start and do not overlap.");
    }
  }
}
