package org.cairnpmo.planning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A working calendar: the organization's default (no plan, no base; seeded by the migration) or a
 * plan's, derived from a base calendar. Weekdays it does not define and dates it has no exception
 * for are its base calendar's.
 */
@KeepsHistory("plan-calendar")
@Entity
@Table(name = "pln_calendar")
@Getter
public class PlanCalendar extends GeneratedId {

  private Long planId;
  private String name;
  private Long baseCalendarId;
  private boolean organizationDefault;

  @ElementCollection
  @CollectionTable(name = "pln_calendar_weekday", joinColumns = @JoinColumn(name = "calendar_id"))
  @OrderBy("dayOfWeek")
  @Getter(AccessLevel.NONE)
  private List<CalendarDay> week = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "pln_calendar_exception", joinColumns = @JoinColumn(name = "calendar_id"))
  @OrderBy("firstDay")
  @Getter(AccessLevel.NONE)
  private List<CalendarExceptionRow> exceptions = new ArrayList<>();

  @Version private long version;

  protected PlanCalendar() {}

  static PlanCalendar of(long planId, CalendarData data, Long baseCalendarId) {
    PlanCalendar calendar = new PlanCalendar();
    calendar.planId = planId;
    calendar.write(data, baseCalendarId);
    return calendar;
  }

  /** Its name, base, week and exceptions as {@code data} has them; the base already resolved. */
  void write(CalendarData data, Long newBaseCalendarId) {
    name = data.name().strip();
    baseCalendarId = newBaseCalendarId;
    week.clear();
    data.week().forEach(day -> week.add(new CalendarDay(day)));
    exceptions.clear();
    data.exceptions().forEach(exception -> exceptions.add(new CalendarExceptionRow(exception)));
  }

  /**
   * The calendar as the API shows it; {@code planVersion} for a plan's, its own for the default.
   */
  public CalendarView view(long planVersion) {
    return new CalendarView(
        getId(),
        planId,
        name,
        baseCalendarId,
        organizationDefault,
        week.stream().map(CalendarDay::view).toList(),
        exceptions.stream().map(CalendarExceptionRow::view).toList(),
        organizationDefault ? version : planVersion);
  }

  public long getVersion() {
    return version;
  }
}
