package org.cairnpmo.engine.selection;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to run a solve.
 *
 * @param timeLimit wall-clock budget for the whole solve (heuristics and exact search)
 * @param workers search threads (CP-SAT workers, and genetic-search islands for large plain
 *     problems); 0 means one per available processor
 * @param cancelled polled every few milliseconds; once it answers true the search stops and the
 *     best selection so far is returned
 * @param listener told about every improving solution
 * @param randomSeed makes runs with one worker repeatable
 */
public record SolveOptions(
    Duration timeLimit,
    int workers,
    BooleanSupplier cancelled,
    ProgressListener listener,
    int randomSeed) {

  public SolveOptions {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(cancelled, "cancelled");
    Objects.requireNonNull(listener, "listener");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive");
    }
    if (workers < 0) {
      throw new IllegalArgumentException("workers must be >= 0");
    }
  }

  /** 10 seconds, one worker per processor, never cancelled, no listener. */
  public static SolveOptions defaults() {
    return new SolveOptions(Duration.ofSeconds(10), 0, () -> false, ProgressListener.none(), 0);
  }

  public SolveOptions withTimeLimit(Duration limit) {
    return new SolveOptions(limit, workers, cancelled, listener, randomSeed);
  }

  public SolveOptions withWorkers(int count) {
    return new SolveOptions(timeLimit, count, cancelled, listener, randomSeed);
  }

  public SolveOptions withCancellation(BooleanSupplier hook) {
    return new SolveOptions(timeLimit, workers, hook, listener, randomSeed);
  }

  public SolveOptions withListener(ProgressListener progressListener) {
    return new SolveOptions(timeLimit, workers, cancelled, progressListener, randomSeed);
  }

  public SolveOptions withRandomSeed(int seed) {
    return new SolveOptions(timeLimit, workers, cancelled, listener, seed);
  }

  int effectiveWorkers() {
    return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
