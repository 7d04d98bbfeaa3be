package org.cairnpmo.engine.staffing;

import java.time.Duration;
import java.util.List;

/**
 * A staffing proposal: nothing is saved until the caller accepts it.
 *
 * @param status whether the proposal is proven best
 * @param method which algorithm produced it
 * @param assignments staffed requests, in the order of the problem's requests
 * @param unstaffed open requests with the reason, in the order of the problem's requests
 * @param objectiveValue Σ priority × fit over the assignments
 * @param bestBound no proposal is worth more than this (proven)
 * @param gapPercent {@code (bestBound - objectiveValue) / bestBound × 100}, 0 when optimal
 * @param solveTime wall-clock time of the whole run
 * @param cancelled whether the caller's cancellation hook stopped the search
 */
public record StaffingResult(
    StaffingStatus status,
    StaffingMethod method,
    List<Assignment> assignments,
    List<Unstaffed> unstaffed,
    double objectiveValue,
    double bestBound,
    double gapPercent,
    Duration solveTime,
    boolean cancelled) {

  public StaffingResult {
    assignments = List.copyOf(assignments);
    unstaffed = List.copyOf(unstaffed);
  }

  /** Relative gap in percent between a value and a bound on it. */
  public static double gapPercent(double value, double bound) {
    if (!Double.isFinite(bound)) {
      return Double.NaN;
    }
    double gap = bound - value;
    if (gap <= 1e-9 * Math.max(1.0, Math.abs(bound))) {
      return 0.0;
    }
    return gap / Math.max(Math.abs(bound), 1e-9) * 100.0;
  }
}
