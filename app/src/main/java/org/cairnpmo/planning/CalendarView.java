package org.cairnpmo.planning;

import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A working calendar: the organization's default (no plan, no base) or a plan's. {@code week} names
 * only the weekdays the calendar defines itself; {@code version} is the plan's (the calendar's own
 * for the organization's default).
 */
public record CalendarView(
    long id,
    Long planId,
    String name,
    Long baseCalendarId,
    boolean organizationDefault,
    List<WeekdayHours> week,
    List<CalendarException> exceptions,
    long version)
    implements Versioned.Entry {

  public CalendarView {
    week = List.copyOf(week);
    exceptions = List.copyOf(exceptions);
  }
}
