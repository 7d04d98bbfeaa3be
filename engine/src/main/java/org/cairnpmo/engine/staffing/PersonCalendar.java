package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When one person can work.
 *
 * <p>The hours of a day are the week's hours for its weekday times the part-time percentage; none
 * on a holiday or outside every availability period; an absence takes its hours off what is left.
 *
 * @param personId the person
 * @param week the full-time working week (the organization's, or the person's own)
 * @param partTimePercent share of that week the person works, over 0 and at most 100
 * @param holidays days nobody works (the organization's holidays, or the person's own calendar's)
 * @param availability periods in which the person is in the pool (joins, leaves, secondments);
 *     empty for always
 * @param absences time off
 */
public record PersonCalendar(
    String personId,
    WorkWeek week,
    double partTimePercent,
    Set<LocalDate> holidays,
    List<DateRange> availability,
    List<Absence> absences) {

  public PersonCalendar {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(week, "week");
    if (!Double.isFinite(partTimePercent) || partTimePercent <= 0 || partTimePercent > 100) {
      throw new IllegalArgumentException(
          "part time of " + personId + " must be over 0 and at most 100 %, got " + partTimePercent);
    }
    holidays = Set.copyOf(holidays);
    availability = List.copyOf(availability);
    absences = List.copyOf(absences);
  }

  /** Full time on a week, no holidays, always available, never absent. */
  public static PersonCalendar fullTime(String personId, WorkWeek week) {
    return new PersonCalendar(personId, week, 100, Set.of(), List.of(), List.of());
  }

  public PersonCalendar withPartTime(double percent) {
    return new PersonCalendar(personId, week, percent, holidays, availability, absences);
  }

  public PersonCalendar withHolidays(Set<LocalDate> days) {
    return new PersonCalendar(personId, week, partTimePercent, days, availability, absences);
  }

  public PersonCalendar withAvailability(List<DateRange> periods) {
    return new PersonCalendar(personId, week, partTimePercent, holidays, periods, absences);
  }

  public PersonCalendar withAbsences(List<Absence> timeOff) {
    return new PersonCalendar(personId, week, partTimePercent, holidays, availability, timeOff);
  }
}
