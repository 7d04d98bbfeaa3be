package org.cairnpmo.resources.staffing.domain;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.projects.Priority;

/**
 * What the optimizer proposes for the open requests taken: nothing of it is saved until applied.
 *
 * @param open how many requests waiting for a person the filter took
 * @param assignments who would take which request, and why
 * @param unstaffed the requests left open, and why
 * @param status OPTIMAL when the proposal is proven best, else FEASIBLE
 * @param method the algorithm that found it: GREEDY or CP_SAT
 * @param value Σ priority weight × fit over the assignments
 * @param bound no proposal is worth more than this
 * @param gapPercent how far the value may be below the best, in percent of the bound
 * @param millis how long the run took
 * @param stoppedEarly whether the time limit stopped the search before it proved its best
 */
public record StaffingProposal(
    int open,
    List<Proposed> assignments,
    List<LeftOpen> unstaffed,
    String status,
    String method,
    double value,
    double bound,
    double gapPercent,
    long millis,
    boolean stoppedEarly) {

  /** The request as it reads on the page and in the answer. */
  public record Asked(
      long requestId,
      long version,
      long projectId,
      String projectCode,
      String asked,
      double hoursPerWeek,
      LocalDate firstDay,
      LocalDate lastDay,
      Priority priority) {}

  /**
   * A request given to a person.
   *
   * @param fit the person's fit for the request, 0 to 1
   * @param value the request's share of the value: priority weight × fit
   */
  public record Proposed(
      Asked request,
      long personId,
      String personName,
      double fit,
      double value,
      List<String> why) {}

  /** A request left open: NO_ONE_QUALIFIED, NO_ONE_AVAILABLE or TAKEN, and the reason in words. */
  public record LeftOpen(Asked request, String reason, String why) {}
}
