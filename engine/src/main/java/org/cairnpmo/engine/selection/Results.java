package org.cairnpmo.engine.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link SelectionResult}s from the array form. */
final class Results {

  private Results() {}

  static SelectionResult feasible(
      IndexedProblem p,
      boolean[] x,
      boolean proven,
      SolveMethod method,
      double bound,
      long startNanos,
      boolean cancelled) {
    double value = p.value(x);
    // A bound below the value can only come from rounding; never report a negative gap.
    double safeBound = Double.isNaN(bound) ? Double.NaN : Math.max(bound, value);
    if (proven) {
      safeBound = value;
    }
    double gap = SelectionResult.gapPercent(value, safeBound);
    SolveStatus status = proven || gap == 0.0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    return new SelectionResult(
        status,
        method,
        p.selectedIds(x),
        value,
        safeBound,
        status == SolveStatus.OPTIMAL ? 0.0 : gap,
        usage(p, x),
        elapsed(startNanos),
        List.of(),
        cancelled);
  }

  static SelectionResult infeasible(IndexedProblem p, List<Conflict> conflicts, long startNanos) {
    return new SelectionResult(
        SolveStatus.INFEASIBLE,
        SolveMethod.DIAGNOSIS,
        List.of(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        usage(p, p.mandatory()),
        elapsed(startNanos),
        conflicts,
        false);
  }

  static List<DimensionUsage> usage(IndexedProblem p, boolean[] x) {
    List<DimensionUsage> out = new ArrayList<>(p.m);
    for (int d = 0; d < p.m; d++) {
      out.add(new DimensionUsage(p.source.dimensions().get(d).name(), p.used(d, x), p.capacity[d]));
    }
    return out;
  }

  static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
