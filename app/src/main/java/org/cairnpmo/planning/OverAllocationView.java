package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.cairnpmo.engine.schedule.leveling.OverAllocation;

/**
 * A period in which the plan's tasks need more of a resource than it has, from the first to the
 * last day of it, as the leveler measures it.
 */
public record OverAllocationView(
    String resource, LocalDate from, LocalDate to, BigDecimal load, BigDecimal capacity) {

  /** The leveler's over-allocation under {@code resource}'s name, by days. */
  public static OverAllocationView of(OverAllocation overAllocation, String resource) {
    return new OverAllocationView(
        resource,
        overAllocation.from().toLocalDate(),
        lastDay(overAllocation.to()),
        BigDecimal.valueOf(overAllocation.load()),
        BigDecimal.valueOf(overAllocation.capacity()));
  }

  /** A period that ends at midnight ends with the day before. */
  private static LocalDate lastDay(LocalDateTime end) {
    LocalDate day = end.toLocalDate();
    return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.minusDays(1) : day;
  }
}
