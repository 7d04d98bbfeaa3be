package org.cairnpmo.engine.staffing;

/**
 * Receives improving proposals while the optimizer runs. Called from solver threads:
 * implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface StaffingListener {

  void onImprovement(StaffingProgress progress);

  /** A listener that ignores everything. */
  static StaffingListener none() {
    return progress -> {};
  }
}
