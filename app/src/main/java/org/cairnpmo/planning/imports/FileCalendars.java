package org.cairnpmo.planning.imports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.PlanImport.ImportCalendar;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;

/**
 * The calendars of a file as Cairn keeps them. MPXJ resolves base calendars, recurring exceptions
 * and MS Project's work weeks date by date; each calendar is copied from that resolution over the
 * plan's years as a complete calendar of its own: the week each weekday has most often, and every
 * date that differs from it as an exception (consecutive dates with the same hours as one). A date
 * the organization's calendar treats specially gets the file's hours explicitly, so that the
 * organization's holidays do not leak into an imported plan.
 */
final class FileCalendars {

  /** Calendars are copied over the plan's dates, this many days before and after. */
  static final int DAYS_BEFORE = 2 * 366;

  static final int DAYS_AFTER = 4 * 366;

  /** The most exceptions a calendar of a plan may have. */
  static final int MAX_EXCEPTIONS = 2000;

  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final Set<LocalDate> organizationDates;
  private final Map<ProjectCalendar, ImportCalendar> copies = new IdentityHashMap<>();
  private final UniqueNames names = new UniqueNames();
  private final List<String> warnings;

  FileCalendars(
      LocalDate first, LocalDate last, Set<LocalDate> organizationDates, List<String> warnings) {
    this.firstDay = first.minusDays(DAYS_BEFORE);
    this.lastDay = last.plusDays(DAYS_AFTER);
    this.organizationDates = organizationDates;
    this.warnings = warnings;
  }

  /** The key of the copy of {@code source}, copied on first use; null for no calendar. */
  String key(ProjectCalendar source) {
    return source == null ? null : copy(source).key();
  }

  /** Every calendar copied so far, in the order first used. */
  List<ImportCalendar> all() {
    return List.copyOf(copies.values());
  }

  private ImportCalendar copy(ProjectCalendar source) {
    ImportCalendar known = copies.get(source);
    if (known != null) {
      return known;
    }
    Map<LocalDate, List<WorkingPeriod>> days = new HashMap<>();
    Map<DayOfWeek, Map<List<WorkingPeriod>, Integer>> counts = new EnumMap<>(DayOfWeek.class);
    for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
      List<WorkingPeriod> hours = periods(source.getHours(date));
      days.put(date, hours);
      counts
          .computeIfAbsent(date.getDayOfWeek(), d -> new HashMap<>())
          .merge(hours, 1, Integer::sum);
    }
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    counts.forEach(
        (day, byHours) ->
            week.put(
                day,
                byHours.entrySet().stream()
                    .max(Map.Entry.<List<WorkingPeriod>, Integer>comparingByValue())
                    .orElseThrow()
                    .getKey()));
    List<CalendarException> exceptions = exceptions(source, days, week);
    String name = names.of(source.getName(), "Calendar");
    if (exceptions.size() > MAX_EXCEPTIONS) {
      warnings.add(
          "Calendar '"
              + name
              + "' has "
              + exceptions.size()
              + " exceptions; the first "
              + MAX_EXCEPTIONS
              + " were kept.");
      exceptions = exceptions.subList(0, MAX_EXCEPTIONS);
    }
    ImportCalendar copy =
        new ImportCalendar(
            "calendar-" + (copies.size() + 1),
            name,
            null,
            week.entrySet().stream().map(e -> new WeekdayHours(e.getKey(), e.getValue())).toList(),
            exceptions);
    copies.put(source, copy);
    return copy;
  }

  /** The dates that differ from the week, or that the organization's calendar treats specially. */
  private List<CalendarException> exceptions(
      ProjectCalendar source,
      Map<LocalDate, List<WorkingPeriod>> days,
      Map<DayOfWeek, List<WorkingPeriod>> week) {
    List<CalendarException> exceptions = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    List<WorkingPeriod> hours = null;
    String name = null;
    for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
      List<WorkingPeriod> today = days.get(date);
      boolean special =
          !today.equals(week.get(date.getDayOfWeek())) || organizationDates.contains(date);
      String todayName = special ? exceptionName(source, date) : null;
      if (from != null
          && (!special
              || !today.equals(hours)
              || !todayName.equals(name)
              || !date.equals(to.plusDays(1)))) {
        exceptions.add(new CalendarException(name, from, to, hours));
        from = null;
      }
      if (special && from == null) {
        from = date;
        hours = today;
        name = todayName;
      }
      if (special) {
        to = date;
      }
    }
    if (from != null) {
      exceptions.add(new CalendarException(name, from, to, hours));
    }
    return exceptions;
  }

  private static String exceptionName(ProjectCalendar source, LocalDate date) {
    ProjectCalendarException exception = source.getException(date);
    return exception == null ? "" : FileText.line(exception.getName(), 200, "");
  }

  private static List<WorkingPeriod> periods(ProjectCalendarHours hours) {
    List<WorkingPeriod> periods = new ArrayList<>();
    if (hours == null) {
      return periods;
    }
    for (LocalTimeRange range : hours) {
      LocalTime from = range.getStart();
      LocalTime to = range.getEnd();
      if (from != null && to != null && (to.equals(LocalTime.MIDNIGHT) || to.isAfter(from))) {
        periods.add(new WorkingPeriod(from, to));
      }
    }
    periods.sort(Comparator.comparing(WorkingPeriod::from));
    return List.copyOf(periods);
  }
}
