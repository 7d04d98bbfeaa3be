package org.cairnpmo.portfolio;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;

/**
 * The resource pool's hours per role, so that a selection scenario can take its capacity limits
 * from the people there are rather than from figures typed in. The portfolio asks; the resources
 * module answers (it depends on the portfolio, not the other way round). Without an implementation
 * the limits are typed as before.
 */
public interface RoleCapacity {

  /**
   * For each of {@code roles} (as proposals name them) and each period: the pool's hours and the
   * hours already booked of the people with that role.
   *
   * @return one entry per role and period, in the order asked
   */
  List<RoleHours> hours(Collection<String> roles, List<Span> periods, CurrentUser viewer);

  /** A period of the scenario (a year or a quarter) with its first and last day. */
  record Span(String label, LocalDate from, LocalDate to) {}

  /**
   * The pool's hours of one role in one period.
   *
   * @param role the role as the proposals name it
   * @param poolRole the role of the pool's catalog it stands for, or null when there is none
   * @param capacity hours the people with that role have in the period
   * @param booked hours of theirs already booked in the period
   * @param fullTime hours of one full-time person in the period (the organization's calendar), to
   *     read hours as FTE
   */
  record RoleHours(
      String role,
      String poolRole,
      String period,
      double capacity,
      double booked,
      double fullTime) {

    /** Capacity not booked yet, never below zero. */
    public double free() {
      return Math.max(0, capacity - booked);
    }
  }
}
