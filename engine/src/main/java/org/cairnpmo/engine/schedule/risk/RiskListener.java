package org.cairnpmo.engine.schedule.risk;

/**
 * Follows an analysis while it runs: for a progress bar and a cancel button. Called from the
 * analysis's threads, one call at a time.
 */
public interface RiskListener {

  /** Nothing to follow, nothing to cancel. */
  RiskListener NONE = new RiskListener() {};

  /** {@code done} of {@code total} iterations are simulated; {@code done} only grows. */
  default void progress(int done, int total) {}

  /** Asked between blocks of iterations: true stops the analysis. */
  default boolean cancelled() {
    return false;
  }
}
