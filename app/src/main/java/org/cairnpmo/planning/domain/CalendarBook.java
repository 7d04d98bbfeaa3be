package org.cairnpmo.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.engine.schedule.WorkingTime;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;

/**
 * A plan's calendars as the engine's {@link WorkingCalendar}s, each derived from its base (the
 * organization's calendar at the root). The engine knows a calendar by its id as text.
 */
final class CalendarBook {

  /** Deeper than any real chain of bases: a longer one is a loop. */
  private static final int MAX_DEPTH = 50;

  private final Map<Long, PlanCalendar> stored = new LinkedHashMap<>();
  private final Map<Long, WorkingCalendar> built = new HashMap<>();
  private final long organizationCalendarId;

  CalendarBook(PlanCalendar organization, List<PlanCalendar> planCalendars) {
    organizationCalendarId = organization.getId();
    stored.put(organization.getId(), organization);
    planCalendars.forEach(c -> stored.put(c.getId(), c));
  }

  static String key(long calendarId) {
    return Long.toString(calendarId);
  }

  long organizationCalendarId() {
    return organizationCalendarId;
  }

  /** The ids of every calendar, the organization's first. */
  List<Long> ids() {
    return List.copyOf(stored.keySet());
  }

  /** Whether {@code calendarId} is {@code ancestorId} or derives from it, directly or not. */
  boolean derivesFrom(long calendarId, long ancestorId) {
    Long current = calendarId;
    for (int depth = 0; current != null && depth <= MAX_DEPTH; depth++) {
      if (current == ancestorId) {
        return true;
      }
      PlanCalendar calendar = stored.get(current);
      current = calendar == null ? null : calendar.getBaseCalendarId();
    }
    return false;
  }

  boolean contains(Long calendarId) {
    return calendarId != null && stored.containsKey(calendarId);
  }

  /** Every calendar, the organization's first. */
  List<WorkingCalendar> all() {
    List<WorkingCalendar> all = new ArrayList<>();
    for (Long id : stored.keySet()) {
      all.add(get(id));
    }
    return all;
  }

  WorkingCalendar get(long calendarId) {
    return build(calendarId, 0);
  }

  private WorkingCalendar build(long calendarId, int depth) {
    WorkingCalendar done = built.get(calendarId);
    if (done != null) {
      return done;
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("The calendars derive from each other in a loop");
    }
    PlanCalendar calendar = stored.get(calendarId);
    Long baseId =
        calendar.getBaseCalendarId() != null
            ? calendar.getBaseCalendarId()
            : calendar.isOrganizationDefault() ? null : organizationCalendarId;
    WorkingCalendar.Builder builder =
        baseId == null || !stored.containsKey(baseId)
            ? WorkingCalendar.builder(key(calendarId))
            : build(baseId, depth + 1).derive(key(calendarId));
    for (WeekdayHours day : calendar.view(0).week()) {
      builder.day(day.day(), times(day.hours()));
    }
    for (CalendarException exception : calendar.view(0).exceptions()) {
      WorkingTime[] times = times(exception.hours());
      for (LocalDate date = exception.firstDay();
          !date.isAfter(exception.lastDay());
          date = date.plusDays(1)) {
        builder.exception(date, times);
      }
    }
    WorkingCalendar result = builder.build();
    built.put(calendarId, result);
    return result;
  }

  static WorkingTime[] times(List<WorkingPeriod> periods) {
    return periods.stream().map(p -> new WorkingTime(p.from(), p.to())).toArray(WorkingTime[]::new);
  }
}
