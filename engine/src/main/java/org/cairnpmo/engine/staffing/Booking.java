package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours a person is committed to, per week, over a period: an accepted assignment, or a request
 * counted as demand.
 *
 * <p>The hours are spread over the person's working days in proportion to the hours of each day in
 * the working week: a week the booking covers only partly, a holiday, or a weekday the person does
 * not work (a part-timer's free Friday in their own week) gets its share only. Absences do not
 * reduce a booking: they reduce capacity, so the clash shows.
 *
 * @param id the caller's id (assignment, request), named as a cause of over-allocation
 * @param personId who is booked
 * @param from first day
 * @param to last day (included)
 * @param hoursPerWeek hours in a full week of the person's working week
 */
public record Booking(
    String id, String personId, LocalDate from, LocalDate to, double hoursPerWeek) {

  public Booking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "booking " + id + " cannot end (" + to + ") before it starts (" + from + ")");
    }
    if (!Double.isFinite(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > 168) {
      throw new IllegalArgumentException(
          "hours per week of booking " + id + " must be between 0 and 168, got " + hoursPerWeek);
    }
  }
}
