package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityQuery.PeriodKind;

/**
 * Capacity against demand, row by period. Each row's arrays have one entry per period, in the order
 * of {@code periods}; a cause's {@code hours} start at its {@code firstPeriod}, so the causes of a
 * cell are the causes with hours at that period.
 *
 * @param bench the people whose load falls under half their capacity, by the day they are free
 */
public record CapacityReport(
    LocalDate from,
    LocalDate to,
    int weeks,
    GroupBy groupBy,
    PeriodKind period,
    List<Period> periods,
    List<Row> rows,
    List<FreePerson> bench) {

  /** A column: its first and last day inside the window. */
  public record Period(LocalDate start, LocalDate end, String label) {}

  /**
   * A row: a person (with their department and role), a role, a skill or a department.
   *
   * @param key {@code person:12}, {@code role:3}, {@code skill:java}, {@code department:5}, or
   *     {@code role:none}, {@code department:none} for people without one
   * @param people how many people of the pool the row's capacity counts
   * @param capacity hours available per period
   * @param booked hours of accepted and approved requests per period
   * @param requested hours of requests not decided yet per period
   * @param loadPercent booked and requested over capacity, rounded; null where there is no capacity
   * @param overAllocated whether booked and requested hours exceed capacity
   */
  public record Row(
      String key,
      String name,
      String department,
      String role,
      int people,
      double[] capacity,
      double[] booked,
      double[] requested,
      Integer[] loadPercent,
      boolean[] overAllocated,
      List<Cause> causes) {}

  /** What makes up demand. */
  public enum CauseKind {
    /** An accepted or approved request. */
    BOOKED,
    /** A request not decided yet. */
    REQUESTED,
    /** Requests of projects the caller may not see, merged into one figure. */
    OTHER_COMMITMENTS
  }

  /**
   * A request behind a row's demand, or the merged requests of projects the caller may not see (no
   * request, project or person then).
   *
   * @param hours the cause's hours per period from {@code firstPeriod} on
   */
  public record Cause(
      CauseKind kind,
      Long requestId,
      Long projectId,
      String projectCode,
      String person,
      int firstPeriod,
      double[] hours) {

    /** The cause's hours in period {@code k}. */
    public double hoursAt(int k) {
      int i = k - firstPeriod;
      return i >= 0 && i < hours.length ? hours[i] : 0;
    }
  }

  /**
   * A person free for at least half their capacity from a period on.
   *
   * @param freeFrom the first day of the first period whose load is under 50 %
   * @param freeHours capacity left in that period
   */
  public record FreePerson(
      long personId,
      String name,
      String department,
      String role,
      LocalDate freeFrom,
      int loadPercent,
      double freeHours) {}
}
