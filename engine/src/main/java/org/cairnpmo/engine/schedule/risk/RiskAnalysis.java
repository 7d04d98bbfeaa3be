package org.cairnpmo.engine.schedule.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Monte Carlo schedule risk analysis: draws every estimated task's duration, runs the plan's
 * forward pass and records the finishes and the critical tasks, as many times as asked. See the
 * package description for what is simulated and how.
 *
 * <p>The iterations run in blocks; each block has its own random numbers, split in order from the
 * seed, and writes its own iterations' results, and the sums are whole numbers, so the result does
 * not depend on how many threads ran or in which order the blocks finished.
 */
public final class RiskAnalysis {

  /** Iterations per block: the unit of work of a thread and of progress and cancellation. */
  static final int BLOCK = 250;

  private RiskAnalysis() {}

  public static RiskResult run(RiskRequest request) {
    return run(request, RiskListener.NONE);
  }

  /**
   * Runs the analysis.
   *
   * @throws CancellationException when the listener cancelled it
   * @throws org.cairnpmo.engine.schedule.DependencyCycleException when the links go round
   * @throws org.cairnpmo.engine.schedule.InvalidScheduleException when the plan cannot be scheduled
   */
  public static RiskResult run(RiskRequest request, RiskListener listener) {
    CompiledPlan plan = new CompiledPlan(request);
    int iterations = request.iterations();
    int blocks = (iterations + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(request.seed());
    SplittableRandom[] randoms = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      randoms[b] = root.split();
    }
    Tally tally = new Tally(plan, iterations);
    int threads =
        Math.min(
            blocks,
            request.threads() == 0
                ? Runtime.getRuntime().availableProcessors()
                : request.threads());
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    int[] done = {0};
    List<Tally.Sums> sums = new ArrayList<>();
    Runnable worker =
        () -> {
          Tally.Sums mine = tally.sums();
          synchronized (sums) {
            sums.add(mine);
          }
          CompiledPlan.Iteration iteration = plan.new Iteration();
          try {
            for (int b = next.getAndIncrement();
                b < blocks && !stop.get();
                b = next.getAndIncrement()) {
              if (listener.cancelled()) {
                stop.set(true);
                break;
              }
              int first = b * BLOCK;
              int last = Math.min(iterations, first + BLOCK);
              for (int k = first; k < last; k++) {
                iteration.run(randoms[b], false);
                tally.record(k, iteration, mine);
              }
              synchronized (done) {
                done[0] += last - first;
                listener.progress(done[0], iterations);
              }
            }
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            stop.set(true);
          }
        };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread thread = new Thread(worker, "risk-analysis-" + t);
      thread.setDaemon(true);
      thread.start();
      helpers.add(thread);
    }
    worker.run();
    for (Thread thread : helpers) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        stop.set(true);
        Thread.currentThread().interrupt();
        throw new CancellationException("The risk analysis was interrupted");
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    if (stop.get()) {
      throw new CancellationException(
          "The risk analysis was cancelled after " + done[0] + " of " + iterations + " iterations");
    }
    return tally.result(sums);
  }
}
