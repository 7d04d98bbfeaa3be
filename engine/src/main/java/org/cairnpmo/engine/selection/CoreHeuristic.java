package org.cairnpmo.engine.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs {@link GeneticSearch} islands in parallel, one per thread, each on its own core size and
 * random seed, all feeding one {@link Incumbent}. Used for large plain knapsack-type problems,
 * where CP-SAT's own search stalls well short of the best known solutions (measured on the
 * OR-Library instances, see bench/RESULTS.md).
 */
final class CoreHeuristic {

  private CoreHeuristic() {}

  /** Whether the problem's rules are all ones the genetic search can keep. */
  static boolean applies(IndexedProblem p) {
    return p.groups.length == 0 && !p.hasPrerequisites();
  }

  /**
   * Core size for island {@code k}: about a fifth of the items plus a margin per dimension (more
   * constraints leave more LP variables fractional), and half as much again on every other island
   * so that the islands do not all miss the same candidate.
   */
  static int coreSize(IndexedProblem p, int island) {
    double base = 0.2 * p.n + 2 * p.m + 20;
    return (int) Math.round(island % 2 == 0 ? base : 1.5 * base);
  }

  static void run(
      IndexedProblem p,
      LpRelaxation.Solution lp,
      Incumbent incumbent,
      int threads,
      long deadlineNanos,
      BooleanSupplier stop,
      int seed) {
    List<Thread> islands = new ArrayList<>();
    boolean[] start = incumbent.best();
    // Keep a sliver of time to polish the final answer on the full problem: the islands only see
    // their core, and a swap with a candidate outside it sometimes still pays.
    long now = System.nanoTime();
    long polish = Math.min((deadlineNanos - now) / 20, 250_000_000L);
    long islandDeadline = deadlineNanos - polish;
    for (int k = 0; k < threads; k++) {
      CoreProblem core = CoreProblem.of(p, lp, coreSize(p, k));
      GeneticSearch search = new GeneticSearch(core, seed * 7919L + k);
      Thread t =
          new Thread(
              () -> search.run(start, islandDeadline, stop, incumbent), "cairn-core-genetic-" + k);
      t.setDaemon(true);
      islands.add(t);
      t.start();
    }
    for (Thread t : islands) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    boolean[] best = incumbent.best();
    if (best != null && !stop.getAsBoolean()) {
      SelectionState state = new SelectionState(p, best);
      int[] order = GreedySelector.ranking(p, new SelectionState(p, p.mandatory()), lp.prices());
      GreedySelector.improve(state, order, deadlineNanos);
      incumbent.offer(state.x, SolveMethod.CORE_GENETIC);
    }
  }
}
