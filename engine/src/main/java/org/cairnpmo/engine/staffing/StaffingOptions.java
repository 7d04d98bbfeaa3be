package org.cairnpmo.engine.staffing;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to run the staffing optimizer.
 *
 * @param timeLimit wall-clock budget for the whole solve
 * @param workers CP-SAT search threads; 0 means one per available processor
 * @param cancelled polled every few milliseconds; once it answers true the search stops and the
 *     best proposal so far is returned
 * @param listener told about every improving proposal
 * @param randomSeed CP-SAT's seed
 * @param workLimit when set, a limit on CP-SAT's work in its deterministic units (roughly seconds
 *     of one core), and the local search runs to its end instead of against the clock: the proposal
 *     then depends only on the problem, the seed and the worker count, never on the machine's load,
 *     as long as the work limit is reached before the wall-clock limit (which still applies). Null
 *     to stop by the wall clock only: the best found in the time, which may differ from run to run
 *     on a busy machine
 */
public record StaffingOptions(
    Duration timeLimit,
    int workers,
    BooleanSupplier cancelled,
    StaffingListener listener,
    int randomSeed,
    Double workLimit) {

  public StaffingOptions {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(cancelled, "cancelled");
    Objects.requireNonNull(listener, "listener");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive");
    }
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be >= 0");
    }
    if (workLimit != null && (!Double.isFinite(workLimit) || workLimit <= 0)) {
      throw new IllegalArgumentException("workLimit must be positive");
    }
  }

  /** 10 seconds, one worker per processor, never cancelled, no listener, by wall clock. */
  public static StaffingOptions defaults() {
    return new StaffingOptions(
        Duration.ofSeconds(10), 0, () -> false, StaffingListener.none(), 0, null);
  }

  public StaffingOptions withTimeLimit(Duration limit) {
    return new StaffingOptions(limit, workers, cancelled, listener, randomSeed, workLimit);
  }

  public StaffingOptions withWorkers(int count) {
    return new StaffingOptions(timeLimit, count, cancelled, listener, randomSeed, workLimit);
  }

  public StaffingOptions withCancellation(BooleanSupplier hook) {
    return new StaffingOptions(timeLimit, workers, hook, listener, randomSeed, workLimit);
  }

  public StaffingOptions withListener(StaffingListener progressListener) {
    return new StaffingOptions(
        timeLimit, workers, cancelled, progressListener, randomSeed, workLimit);
  }

  public StaffingOptions withRandomSeed(int seed) {
    return new StaffingOptions(timeLimit, workers, cancelled, listener, seed, workLimit);
  }

  /** A repeatable search limited by CP-SAT's work units (see {@link #workLimit()}). */
  public StaffingOptions withWorkLimit(Double units) {
    return new StaffingOptions(timeLimit, workers, cancelled, listener, randomSeed, units);
  }

  int effectiveWorkers() {
    return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
