package org.cairnpmo.engine.selection;

/**
 * Receives improving solutions while a solve runs. Called from solver threads: implementations must
 * be quick and thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {

  void onImprovement(SolveProgress progress);

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return progress -> {};
  }
}
