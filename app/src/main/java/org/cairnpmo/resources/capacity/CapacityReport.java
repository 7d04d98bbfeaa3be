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
 * @param whatIf the selection scenario whose proposals are added, or null when none is
 */
public record CapacityReport(
    LocalDate from,
    LocalDate to,
    int weeks,
    GroupBy groupBy,
    PeriodKind period,
    List<Period> periods,
    List<Row> rows,
    List<FreePerson> bench,
    WhatIf whatIf) {

  /** A column: its first and last day inside the window. */
  public record Period(LocalDate start, LocalDate end, String label) {}

  /**
   * A row: a person (with their department and role), a role, a skill or a department.
   *
   * @param key {@code person:12}, {@code role:3}, {@code skill:java}, {@code department:5}, or
   *     {@code role:none}, {@code department:none} for people without one, {@code
   *     role:unmapped:architect} for a role the what-if's proposals name that the catalog does not
   *     know
   * @param people how many people of the pool the row's capacity counts
   * @param capacity hours available per period
   * @param booked hours of accepted and approved requests per period
   * @param requested hours of requests not decided yet, and of plan tasks' requirements no request
   *     covers, per period
   * @param scenario hours the what-if scenario's proposals add per period; null without a scenario
   * @param loadPercent booked, requested and scenario hours over capacity, rounded; null where
   *     there is no capacity
   * @param overAllocated whether booked, requested and scenario hours exceed capacity
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
      double[] scenario,
      Integer[] loadPercent,
      boolean[] overAllocated,
      List<Cause> causes) {}

  /** What makes up demand. */
  public enum CauseKind {
    /** An accepted or approved request. */
    BOOKED,
    /** A request not decided yet. */
    REQUESTED,
    /** A plan task's requirement that no request of its project covers. */
    PLANNED,
    /** A proposal the what-if scenario selects. */
    SCENARIO,
    /** Requests and plan tasks of projects the caller may not see, merged into one figure. */
    OTHER_COMMITMENTS
  }

  /**
   * A request, a plan task or a proposal behind a row's demand, or the merged demand of projects
   * the caller may not see (no request, project, person or source then).
   *
   * @param sourceId the plan task (PLANNED) or the proposal (SCENARIO); null otherwise
   * @param source the plan task's outline number and name, or the proposal's code and title
   * @param hours the cause's hours per period from {@code firstPeriod} on
   */
  public record Cause(
      CauseKind kind,
      Long requestId,
      Long projectId,
      String projectCode,
      String person,
      Long sourceId,
      String source,
      int firstPeriod,
      double[] hours) {

    /** The cause's hours in period {@code k}. */
    public double hoursAt(int k) {
      int i = k - firstPeriod;
      return i >= 0 && i < hours.length ? hours[i] : 0;
    }
  }

  /**
   * The selection scenario a what-if adds: its selected proposals with the hours they add inside
   * the window, and the roles of their demand that the role catalog does not know (counted in rows
   * of their own when grouped by role, never dropped).
   *
   * @param runId the run whose selection is added; null when no run has finished (nothing added)
   * @param outdated whether the scenario changed after that run
   * @param unreadable demand lines whose period is not a year or a quarter, as "CODE role period"
   */
  public record WhatIf(
      long scenarioId,
      String name,
      boolean committed,
      Long runId,
      boolean outdated,
      List<WhatIfProposal> proposals,
      List<UnmappedRole> unmappedRoles,
      List<String> unreadable) {}

  /** A selected proposal and the hours it adds inside the window. */
  public record WhatIfProposal(long proposalId, String code, String title, double hours) {}

  /** A role the proposals name that matches no name or other name of the role catalog. */
  public record UnmappedRole(String role, double hours, List<String> proposals) {}

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
