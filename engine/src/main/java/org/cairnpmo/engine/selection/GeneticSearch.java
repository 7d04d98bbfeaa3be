package org.cairnpmo.engine.selection;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 * <p>Two changes to the original. When a population stops improving it is replaced by a fresh one
 * whose repair order uses randomly perturbed pseudo-utilities: measured on the OR-Library
 * instances, restarts with the same order fall back into the same local optimum, while a perturbed
 * order leads elsewhere. And children are built incrementally from the first parent, so a child
 * costs time proportional to the bits that differ rather than to the problem size.
 *
 * <p>Only for problems without exclusive groups or prerequisites (must-include and must-exclude are
 * fixed outside the core).
 */
final class GeneticSearch {

  /** Twice Chu and Beasley's 100: slower to converge, better optima (measured). */
  private static final int POPULATION = 200;

  private static final int MUTATIONS = 2;

  /** Restart after this many children without improving the population's best. */
  private static final long STAGNATION = 150_000;

  /** Relative noise on the repair order after a restart. */
  private static final double NOISE = 0.3;

  private final CoreProblem core;
  private final int size;
  private final int m;
  private final SplittableRandom random;
  private final long[] zobrist;
  private final double[][] w;
  private final double[] v;
  private final double[] cap;
  private final double[] surrogate;
  private final double pricedCapacity;
  private final boolean hasWorthless;

  /** Repair order: best (perturbed) pseudo-utility first. */
  private final int[] order;

  /**
   * {@code lightestFrom[r]}: smallest surrogate among {@code order[r..]}; once the child's priced
   * slack is below it, nothing further in the order can fit.
   */
  private final double[] lightestFrom;

  private final boolean[][] members = new boolean[POPULATION][];
  private final double[][] used = new double[POPULATION][];
  private final double[] fitness = new double[POPULATION];
  private final double[] slackOf = new double[POPULATION];
  private final long[] hash = new long[POPULATION];
  private final Set<Long> hashes = new HashSet<>();

  private final boolean[] child;
  private final double[] childUsed;
  private double childFitness;
  private double childSlack;
  private long childHash;

  GeneticSearch(CoreProblem core, long seed) {
    this.core = core;
    this.size = core.items.length;
    this.m = core.p.m;
    this.random = new SplittableRandom(seed);
    this.w = core.weights;
    this.v = core.values;
    this.cap = core.residual;
    this.surrogate = core.surrogate;
    double priced = 0;
    for (int d = 0; d < m; d++) {
      priced += core.multipliers[d] * cap[d];
    }
    pricedCapacity = priced;
    boolean worthless = false;
    for (double value : v) {
      worthless |= value <= 0;
    }
    hasWorthless = worthless;
    zobrist = new long[size];
    for (int k = 0; k < size; k++) {
      zobrist[k] = random.nextLong();
    }
    order = new int[size];
    lightestFrom = new double[size + 1];
    reorder(0);
    child = new boolean[size];
    childUsed = new double[m];
  }

  /**
   * Evolves until the deadline or {@code stop}, offering every improvement to {@code incumbent}.
   *
   * @param seed a full selection to include in the first population (may be null)
   */
  void run(boolean[] seed, long deadlineNanos, BooleanSupplier stop, Incumbent incumbent) {
    if (size == 0) {
      return;
    }
    populate(seed == null ? List.of() : List.of(core.restrict(seed)));
    int first = fittest();
    boolean[] best = members[first].clone();
    double bestFitness = fitness[first];
    incumbent.offer(core.expand(best), SolveMethod.CORE_GENETIC);
    double runBest = bestFitness;
    long sinceImprovement = 0;
    long children = 0;
    while (true) {
      if ((children & 127) == 0 && (System.nanoTime() >= deadlineNanos || stop.getAsBoolean())) {
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
        reorder(NOISE);
        populate(List.of());
        runBest = fitness[fittest()];
        sinceImprovement = 0;
      }
      if (Incumbent.improves(childFitness, bestFitness)) {
        bestFitness = childFitness;
        best = child.clone();
        incumbent.offer(core.expand(best), SolveMethod.CORE_GENETIC);
      }
    }
  }

  /** Sorts the repair order by pseudo-utility times a random factor in [1 - noise, 1 + noise]. */
  private void reorder(double noise) {
    double[] key = new double[size];
    Integer[] boxed = new Integer[size];
    for (int k = 0; k < size; k++) {
      // Core items arrive sorted by pseudo-utility; their rank stands in for it, so the noise
      // moves an item by a share of its rank rather than by an amount in the caller's units.
      key[k] = (size - k) * (1 + noise * (2 * random.nextDouble() - 1));
      boxed[k] = k;
    }
    Arrays.sort(boxed, (a, b) -> Double.compare(key[b], key[a]));
    for (int r = 0; r < size; r++) {
      order[r] = boxed[r];
    }
    lightestFrom[size] = Double.POSITIVE_INFINITY;
    for (int r = size - 1; r >= 0; r--) {
      lightestFrom[r] = Math.min(lightestFrom[r + 1], surrogate[order[r]]);
    }
  }

  private int fittest() {
    int best = 0;
    for (int k = 1; k < POPULATION; k++) {
      if (fitness[k] > fitness[best]) {
        best = k;
      }
    }
    return best;
  }

  /** A fresh population: the {@code keep} selections (repaired) plus random maximal ones. */
  private void populate(List<boolean[]> keep) {
    hashes.clear();
    int[] shuffled = new int[size];
    for (int k = 0; k < size; k++) {
      shuffled[k] = k;
    }
    int filled = 0;
    for (boolean[] kept : keep) {
      if (filled >= POPULATION) {
        break;
      }
      clearChild();
      for (int k = 0; k < size; k++) {
        if (kept[k]) {
          flip(k);
        }
      }
      repair();
      if (!hashes.contains(childHash)) {
        store(filled++);
      }
    }
    int attempts = 0;
    while (filled < POPULATION) {
      shuffle(shuffled);
      clearChild();
      for (int k : shuffled) {
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
    childSlack = slackOf[a];
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
    return !hashes.contains(childHash);
  }

  /** Drop by increasing pseudo-utility until feasible, then add by decreasing while it fits. */
  private void repair() {
    if (hasWorthless) {
      for (int k = 0; k < size; k++) {
        if (child[k] && v[k] <= 0) {
          flip(k);
        }
      }
    }
    if (!feasible()) {
      for (int r = size - 1; r >= 0; r--) {
        int k = order[r];
        if (child[k]) {
          flip(k);
          if (feasible()) {
            break;
          }
        }
      }
    }
    for (int r = 0; r < size; r++) {
      if (childSlack * (1 + 1e-9) + 1e-9 < lightestFrom[r]) {
        break;
      }
      int k = order[r];
      if (!child[k] && v[k] > 0 && fits(k)) {
        flip(k);
      }
    }
  }

  private void clearChild() {
    Arrays.fill(child, false);
    Arrays.fill(childUsed, 0);
    childFitness = 0;
    childSlack = pricedCapacity;
    childHash = 0;
  }

  private void store(int slot) {
    if (members[slot] != null) {
      hashes.remove(hash[slot]);
    }
    members[slot] = child.clone();
    used[slot] = childUsed.clone();
    fitness[slot] = childFitness;
    slackOf[slot] = childSlack;
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
    childSlack -= sign * surrogate[k];
    childHash ^= zobrist[k];
    double[] wk = w[k];
    for (int d = 0; d < m; d++) {
      childUsed[d] += sign * wk[d];
    }
  }

  /** Whether item k fits; the priced-slack test rejects most items in one comparison. */
  private boolean fits(int k) {
    if (surrogate[k] > childSlack * (1 + 1e-9) + 1e-9) {
      return false;
    }
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
