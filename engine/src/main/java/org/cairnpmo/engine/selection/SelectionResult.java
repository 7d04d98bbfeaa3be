package org.cairnpmo.engine.selection;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a selection run.
 *
 * @param status how good the selection is known to be
 * @param method which algorithm produced the selection
 * @param selectedIds chosen candidate ids, in the order of {@link SelectionProblem#candidates()};
 *     empty when infeasible
 * @param objectiveValue sum of the selected candidates' values, in the caller's units (computed
 *     from the original values, not from the solver's scaled integers)
 * @param bestBound no selection is worth more than this (proven); equals the objective when
 *     optimal; {@code NaN} when infeasible
 * @param gapPercent {@code (bestBound - objectiveValue) / |bestBound| * 100}, 0 when optimal
 * @param usage use versus capacity per dimension, in the order of {@link
 *     SelectionProblem#dimensions()}
 * @param solveTime wall-clock time of the whole run
 * @param conflicts why the problem is infeasible; empty otherwise
 * @param cancelled whether the caller's cancellation hook stopped the search
 */
public record SelectionResult(
    SolveStatus status,
    SolveMethod method,
    List<String> selectedIds,
    double objectiveValue,
    double bestBound,
    double gapPercent,
    List<DimensionUsage> usage,
    Duration solveTime,
    List<Conflict> conflicts,
    boolean cancelled) {

  public SelectionResult {
    selectedIds = List.copyOf(selectedIds);
    usage = List.copyOf(usage);
    conflicts = List.copyOf(conflicts);
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
