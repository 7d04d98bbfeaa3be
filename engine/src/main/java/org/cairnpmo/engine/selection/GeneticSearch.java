package org.cairnpmo.engine.selection;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One island of the Chu–Beasley genetic algorithm (Journal of Heuristics 4, 1998) on a {@link
 * CoreProblem}: steady state, binary tournaments, uniform crossover, two-bit mutation, and the
 * repair operator that drops candidates by increasing pseudo-utility until every limit holds, then
 * adds by decreasing pseudo-utility while they fit. A child that duplicates a member is discarded;
 * otherwise it replaces the weakest member.
 *
 * <p>Only for problems without exclusive groups or prerequisites (must-include and must-exclude are
 * fixed outside the core). Children are built incrementally from the first parent, so a child costs
 * time proportional to the bits that differ, not to the problem size.
 */
final class GeneticSearch {

  private static final int POPULATION = Integer.getInteger("cairn.pop", 100);

  private static final int MUTATIONS = Integer.getInteger("cairn.mut", 2);

  /** Restart from the island's best after this many children without improvement. */
  private static final long STAGNATION = Long.getLong("cairn.stagnation", 150_000);

  private static final boolean FRESH = Boolean.getBoolean("cairn.fresh");

  private final CoreProblem core;
  private final int size;
  private final int m;
  private final SplittableRandom random;
  private final long[] zobrist;
  private final double[][] w;
  private final double[] v;
  private final double[] cap;

  private final boolean[][] members = new boolean[POPULATION][];
  private final double[][] used = new double[POPULATION][];
  private final double[] fitness = new double[POPULATION];
  private final long[] hash = new long[POPULATION];
  private final Set<Long> hashes = new HashSet<>();

  /** Whether some core candidate has a value <= 0 (never worth keeping). */
  private final boolean hasWorthless;

  static final java.util.concurrent.atomic.AtomicLong CHILDREN =
      new java.util.concurrent.atomic.AtomicLong();

  private final boolean[] child;
  private final double[] childUsed;
  private double childFitness;
  private long childHash;

  GeneticSearch(CoreProblem core, long seed) {
    this.core = core;
    this.size = core.items.length;
    this.m = core.p.m;
    this.random = new SplittableRandom(seed);
    this.w = core.weights;
    this.v = core.values;
    this.cap = core.residual;
    zobrist = new long[size];
    for (int k = 0; k < size; k++) {
      zobrist[k] = random.nextLong();
    }
    child = new boolean[size];
    childUsed = new double[m];
    boolean worthless = false;
    for (double value : v) {
      worthless |= value <= 0;
    }
    hasWorthless = worthless;
  }

  /**
   * Evolves until the deadline or cancellation, offering every improvement to {@code incumbent}.
   *
   * @param seed a full selection to include in the first population (may be null)
   */
  void run(boolean[] seed, long deadlineNanos, BooleanSupplier stop, Incumbent incumbent) {
    if (size == 0) {
      return;
    }
    boolean[] best = seed == null ? null : core.restrict(seed);
    double bestFitness = Double.NEGATIVE_INFINITY;
    populate(best);
    double runBest = Double.NEGATIVE_INFINITY;
    long sinceImprovement = 0;
    for (int k = 0; k < POPULATION; k++) {
      runBest = Math.max(runBest, fitness[k]);
    }
    long children = 0;
    while (true) {
      if ((children & 127) == 0 && (System.nanoTime() >= deadlineNanos || stop.getAsBoolean())) {
        CHILDREN.addAndGet(children);
        return;
      }
      children++;
      if (!breed()) {
        continue;
      }
      replaceWeakest();
      if (Incumbent.improves(childFitness, runBest)) {
        runBest = childFitness;
        sinceImprovement = 0;
      } else if (++sinceImprovement > STAGNATION) {
        // This population has converged: start a new one (independent restarts are what make
        // the search robust; one run's outcome varies a lot with the seed).
        populate(FRESH ? null : best);
        runBest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < POPULATION; k++) {
          runBest = Math.max(runBest, fitness[k]);
        }
        sinceImprovement = 0;
      }
      if (Incumbent.improves(childFitness, bestFitness)) {
        bestFitness = childFitness;
        best = child.clone();
        incumbent.offer(core.expand(best), SolveMethod.CORE_GENETIC);
      }
    }
  }

  /** A fresh population: {@code keep} (if any) plus random maximal selections. */
  private void populate(boolean[] keep) {
    hashes.clear();
    int[] order = new int[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
    }
    int filled = 0;
    if (keep != null) {
      startChild(keep);
      repair();
      store(filled++);
    }
    int attempts = 0;
    while (filled < POPULATION) {
      shuffle(order);
      java.util.Arrays.fill(child, false);
      java.util.Arrays.fill(childUsed, 0);
      childFitness = 0;
      childHash = 0;
      for (int k : order) {
        if (v[k] > 0 && fits(k)) {
          flip(k);
        }
      }
      if (hashes.contains(childHash) && ++attempts < 10 * POPULATION) {
        continue;
      }
      store(filled++);
    }
  }

  /** Builds a child into the scratch arrays; false if it duplicates a member. */
  private boolean breed() {
    int a = tournament();
    int b = tournament();
    boolean[] first = members[a];
    boolean[] second = members[b];
    System.arraycopy(first, 0, child, 0, size);
    System.arraycopy(used[a], 0, childUsed, 0, m);
    childFitness = fitness[a];
    childHash = hash[a];
    for (int k = 0; k < size; k++) {
      if (first[k] != second[k] && random.nextBoolean()) {
        flip(k);
      }
    }
    for (int k = 0; k < MUTATIONS; k++) {
      flip(random.nextInt(size));
    }
    repair();
    if (LS_MODE == 2 || (LS_MODE == 1 && childFitness > fitness[a])) {
      improve();
    }
    return !hashes.contains(childHash);
  }

  /** Drop by increasing pseudo-utility until feasible, then add by decreasing while it fits. */
  private void repair() {
    if (hasWorthless) {
      for (int k = size - 1; k >= 0; k--) {
        if (child[k] && v[k] <= 0) {
          flip(k);
        }
      }
    }
    if (!feasible()) {
      for (int k = size - 1; k >= 0; k--) {
        if (child[k]) {
          flip(k);
          if (feasible()) {
            break;
          }
        }
      }
    }
    for (int k = 0; k < size; k++) {
      if (!child[k] && v[k] > 0 && fits(k)) {
        flip(k);
      }
    }
  }

  static final int LS_MODE = Integer.getInteger("cairn.ls", 0);

  /** First-improvement 1-1 swaps: a better unselected item for a worse selected one. */
  private void improve() {
    boolean improved = true;
    while (improved) {
      improved = false;
      outer:
      for (int j = 0; j < size; j++) {
        if (child[j] || v[j] <= 0) {
          continue;
        }
        for (int i = size - 1; i >= 0; i--) {
          if (child[i] && v[i] < v[j] && swapFits(i, j)) {
            flip(i);
            flip(j);
            for (int k = 0; k < size; k++) {
              if (!child[k] && v[k] > 0 && fits(k)) {
                flip(k);
              }
            }
            improved = true;
            break outer;
          }
        }
      }
    }
  }

  private boolean swapFits(int out, int in) {
    double[] wi = w[out];
    double[] wj = w[in];
    for (int d = 0; d < m; d++) {
      if (childUsed[d] + wj[d] - wi[d] > cap[d]) {
        return false;
      }
    }
    return true;
  }

  private void startChild(boolean[] selection) {
    java.util.Arrays.fill(child, false);
    java.util.Arrays.fill(childUsed, 0);
    childFitness = 0;
    childHash = 0;
    for (int k = 0; k < size; k++) {
      if (selection[k]) {
        flip(k);
      }
    }
  }

  private void store(int slot) {
    if (members[slot] != null) {
      hashes.remove(hash[slot]);
    }
    members[slot] = child.clone();
    used[slot] = childUsed.clone();
    fitness[slot] = childFitness;
    hash[slot] = childHash;
    hashes.add(childHash);
  }

  private void replaceWeakest() {
    int weakest = 0;
    for (int k = 1; k < POPULATION; k++) {
      if (fitness[k] < fitness[weakest]) {
        weakest = k;
      }
    }
    store(weakest);
  }

  private int tournament() {
    int a = random.nextInt(POPULATION);
    int b = random.nextInt(POPULATION);
    return fitness[a] >= fitness[b] ? a : b;
  }

  private void flip(int k) {
    double sign = child[k] ? -1 : 1;
    child[k] = !child[k];
    childFitness += sign * v[k];
    childHash ^= zobrist[k];
    double[] wk = w[k];
    for (int d = 0; d < m; d++) {
      childUsed[d] += sign * wk[d];
    }
  }

  private boolean fits(int k) {
    double[] wk = w[k];
    for (int d = 0; d < m; d++) {
      if (childUsed[d] + wk[d] > cap[d]) {
        return false;
      }
    }
    return true;
  }

  private boolean feasible() {
    for (int d = 0; d < m; d++) {
      if (childUsed[d] > cap[d]) {
        return false;
      }
    }
    return true;
  }

  private void shuffle(int[] a) {
    for (int k = a.length - 1; k > 0; k--) {
      int r = random.nextInt(k + 1);
      int t = a[k];
      a[k] = a[r];
      a[r] = t;
    }
  }
}
