package org.cairnpmo.planning.domain;

import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import org.cairnpmo.planning.WeekdayHours;

/** One weekday a calendar defines itself, with its working hours (none: not worked). */
@Embeddable
public class CalendarDay {

  private int dayOfWeek;
  private String hours;

  protected CalendarDay() {}

  CalendarDay(WeekdayHours day) {
    dayOfWeek = day.day().getValue();
    hours = WorkingHours.format(day.hours());
  }

  WeekdayHours view() {
    return new WeekdayHours(DayOfWeek.of(dayOfWeek), WorkingHours.parse(hours));
  }
}
