package org.cairnpmo.engine.selection;

/**
 * The best selection found so far by any phase, shared with solver threads; tells the listener
 * about each improvement.
 */
final class Incumbent {

  private final IndexedProblem p;
  private final ProgressListener listener;
  private final long startNanos;
  private boolean[] best;
  private double value = Double.NEGATIVE_INFINITY;
  private double bound = Double.POSITIVE_INFINITY;
  private SolveMethod method;

  Incumbent(IndexedProblem p, ProgressListener listener, long startNanos) {
    this.p = p;
    this.listener = listener;
    this.startNanos = startNanos;
  }

  /** Offers a selection; returns whether it improved the incumbent. Infeasible ones are ignored. */
  synchronized boolean offer(boolean[] x, SolveMethod by) {
    if (x == null || !p.isFeasible(x)) {
      return false;
    }
    double v = p.value(x);
    if (!improves(v, value)) {
      return false;
    }
    best = x.clone();
    value = v;
    method = by;
    double shownBound = Math.max(bound, value);
    listener.onImprovement(
        new SolveProgress(
            value,
            shownBound,
            SelectionResult.gapPercent(value, shownBound),
            Results.elapsed(startNanos),
            p.selectedIds(best),
            by));
    return true;
  }

  /** Whether {@code candidate} beats {@code current} by more than rounding noise. */
  static boolean improves(double candidate, double current) {
    return current == Double.NEGATIVE_INFINITY
        || candidate > current + 1e-12 * Math.max(1.0, Math.abs(current));
  }

  synchronized void tightenBound(double b) {
    if (!Double.isNaN(b)) {
      bound = Math.min(bound, b);
    }
  }

  synchronized boolean[] best() {
    return best == null ? null : best.clone();
  }

  synchronized double value() {
    return value;
  }

  synchronized double bound() {
    return bound;
  }

  synchronized SolveMethod method() {
    return method;
  }
}
