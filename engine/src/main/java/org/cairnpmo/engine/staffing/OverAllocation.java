package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.List;

/**
 * A cell of the grid where demand exceeds capacity, with its causes.
 *
 * @param personId who is over-booked
 * @param period index of the period in the horizon
 * @param periodStart first day of the period
 * @param capacity hours available in the period
 * @param demand hours booked in the period
 * @param excess demand minus capacity
 * @param absenceHours hours that absences took off the capacity in the period
 * @param causes the bookings in the period, most hours first
 */
public record OverAllocation(
    String personId,
    int period,
    LocalDate periodStart,
    double capacity,
    double demand,
    double excess,
    double absenceHours,
    List<BookingShare> causes) {

  public OverAllocation {
    causes = List.copyOf(causes);
  }
}
