package org.cairnpmo.planning.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.cairnpmo.planning.CalendarException;

/** Dates of a calendar worked at other hours than their weekday, or not at all. */
@Embeddable
public class CalendarExceptionRow {

  private String name;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String hours;

  protected CalendarExceptionRow() {}

  CalendarExceptionRow(CalendarException exception) {
    name = exception.name();
    firstDay = exception.firstDay();
    lastDay = exception.lastDay();
    hours = WorkingHours.format(exception.hours());
  }

  CalendarException view() {
    return new CalendarException(name, firstDay, lastDay, WorkingHours.parse(hours));
  }
}
