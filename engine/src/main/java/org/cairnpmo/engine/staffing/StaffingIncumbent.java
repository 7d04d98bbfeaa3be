package org.cairnpmo.engine.staffing;

import java.time.Duration;

/** The best proposal found so far, shared with solver threads; tells the listener of each. */
final class StaffingIncumbent {

  private final IndexedStaffing p;
  private final StaffingListener listener;
  private final long startNanos;
  private int[] best;
  private double value = Double.NEGATIVE_INFINITY;
  private double bound;
  private StaffingMethod method;

  StaffingIncumbent(IndexedStaffing p, StaffingListener listener, long startNanos) {
    this.p = p;
    this.listener = listener;
    this.startNanos = startNanos;
    this.bound = p.simpleBound;
  }

  /** Offers a proposal; infeasible ones are ignored. Returns whether it improved. */
  synchronized boolean offer(int[] x, StaffingMethod by) {
    if (x == null || !p.feasible(x)) {
      return false;
    }
    double v = p.value(x);
    if (value != Double.NEGATIVE_INFINITY && v <= value + 1e-12 * Math.max(1.0, Math.abs(value))) {
      return false;
    }
    best = x.clone();
    value = v;
    method = by;
    double shown = Math.max(bound, value);
    listener.onImprovement(
        new StaffingProgress(
            value,
            shown,
            StaffingResult.gapPercent(value, shown),
            Duration.ofNanos(System.nanoTime() - startNanos),
            p.assigned(best),
            by));
    return true;
  }

  synchronized void tightenBound(double b) {
    if (!Double.isNaN(b)) {
      bound = Math.min(bound, b);
    }
  }

  synchronized int[] best() {
    return best == null ? null : best.clone();
  }

  synchronized double value() {
    return value;
  }

  synchronized double bound() {
    return bound;
  }

  synchronized StaffingMethod method() {
    return method;
  }
}
