package org.cairnpmo.engine.selection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The "core" of a knapsack-type problem (Balas and Zemel; Puchinger, Raidl and Pferschy 2010): the
 * candidates whose LP reduced cost is nearest zero. Far from the core, the LP decision (clearly in,
 * clearly out) is almost always the optimal one, so heuristics search only the core with the other
 * candidates fixed to their LP values; a smaller search space converges much faster.
 */
final class CoreProblem {

  final IndexedProblem p;

  /** Global indexes of the free candidates, best pseudo-utility first. */
  final int[] items;

  /** Global selection of the fixed part (must-include plus LP ones outside the core). */
  final boolean[] fixedSelection;

  final double fixedValue;

  /**
   * Capacity left for the core, with the feasibility tolerance folded in. Dimensions are permuted,
   * highest dual price first, so that "does it fit?" loops fail on their first checks.
   */
  final double[] residual;

  /** {@code weights[k][d]}: use of (permuted) dimension d by core item k; item-major for speed. */
  final double[][] weights;

  final double[] values;

  /**
   * Use of each core item priced with strictly positive multipliers. Fitting needs {@code
   * weights[k][d] <= slack[d]} for every d, hence {@code surrogate[k] <= sum of priced slack}: a
   * one-number test that rejects most items without looking at each dimension.
   */
  final double[] surrogate;

  /** The multipliers of {@link #surrogate}, per permuted dimension. */
  final double[] multipliers;

  private CoreProblem(IndexedProblem p, int[] items, boolean[] fixedSelection, double[] prices) {
    this.p = p;
    this.items = items;
    this.fixedSelection = fixedSelection;
    this.fixedValue = p.value(fixedSelection);
    double[] mu = positiveMultipliers(p, prices);
    int[] dims =
        IntStream.range(0, p.m)
            .boxed()
            .sorted(Comparator.comparingDouble(d -> -prices[d]))
            .mapToInt(Integer::intValue)
            .toArray();
    residual = new double[p.m];
    multipliers = new double[p.m];
    for (int k = 0; k < p.m; k++) {
      int d = dims[k];
      double tolerance = 1e-9 * Math.max(1.0, Math.abs(p.capacity[d]));
      residual[k] = p.capacity[d] + tolerance - p.used(d, fixedSelection);
      multipliers[k] = mu[d];
    }
    weights = new double[items.length][p.m];
    values = new double[items.length];
    surrogate = new double[items.length];
    for (int k = 0; k < items.length; k++) {
      values[k] = p.values[items[k]];
      for (int j = 0; j < p.m; j++) {
        weights[k][j] = p.usage[dims[j]][items[k]];
        surrogate[k] += multipliers[j] * weights[k][j];
      }
    }
  }

  /**
   * Core of at most {@code size} candidates; fractional LP variables first, then by |reduced cost|.
   * Candidates fixed by must-include / must-exclude are never free.
   */
  static CoreProblem of(IndexedProblem p, LpRelaxation.Solution lp, int size) {
    double[] x = lp.x();
    double[] rc = lp.reducedCosts();
    Integer[] free =
        IntStream.range(0, p.n)
            .filter(i -> !p.mustInclude[i] && !p.mustExclude[i])
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        free,
        Comparator.<Integer>comparingInt(i -> fractional(x[i]) ? 0 : 1)
            .thenComparingDouble(i -> Math.abs(rc[i])));
    int count = Math.min(size, free.length);
    boolean[] inCore = new boolean[p.n];
    for (int k = 0; k < count; k++) {
      inCore[free[k]] = true;
    }
    boolean[] fixed = new boolean[p.n];
    for (int i = 0; i < p.n; i++) {
      fixed[i] = p.mustInclude[i] || (!inCore[i] && !p.mustExclude[i] && x[i] > 0.5);
    }
    double[] utility = pseudoUtility(p, lp.prices());
    int[] items =
        IntStream.range(0, p.n)
            .filter(i -> inCore[i])
            .boxed()
            .sorted(Comparator.comparingDouble(i -> -utility[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    return new CoreProblem(p, items, fixed, lp.prices());
  }

  /**
   * Value per unit of dual-priced resource (Chu and Beasley's ordering). Dimensions with a zero
   * price get a tiny one so that ties still prefer lighter candidates.
   */
  static double[] pseudoUtility(IndexedProblem p, double[] prices) {
    double[] mu = positiveMultipliers(p, prices);
    double[] utility = new double[p.n];
    for (int i = 0; i < p.n; i++) {
      double priced = 0;
      for (int d = 0; d < p.m; d++) {
        priced += mu[d] * p.usage[d][i];
      }
      utility[i] = priced > 0 ? p.values[i] / priced : Double.POSITIVE_INFINITY;
    }
    return utility;
  }

  /**
   * Dual prices, with a negligible floor for dimensions the LP leaves slack, so that ties still
   * prefer lighter candidates. The floor is scaled by what the capacities are worth at dual prices
   * so that it stays negligible whatever the units.
   */
  static double[] positiveMultipliers(IndexedProblem p, double[] prices) {
    double worth = 0;
    for (int d = 0; d < p.m; d++) {
      worth += prices[d] * p.capacity[d];
    }
    double[] mu = new double[p.m];
    for (int d = 0; d < p.m; d++) {
      double cap = Math.max(p.capacity[d], 1e-12);
      mu[d] = prices[d] + (worth > 0 ? 1e-6 * worth / cap : 1.0 / cap);
    }
    return mu;
  }

  /** The full selection for a core assignment. */
  boolean[] expand(boolean[] coreSelection) {
    boolean[] x = fixedSelection.clone();
    for (int k = 0; k < items.length; k++) {
      x[items[k]] = coreSelection[k];
    }
    return x;
  }

  /** The core part of a full selection. */
  boolean[] restrict(boolean[] selection) {
    boolean[] c = new boolean[items.length];
    for (int k = 0; k < items.length; k++) {
      c[k] = selection[items[k]];
    }
    return c;
  }

  private static boolean fractional(double v) {
    return v > 1e-6 && v < 1 - 1e-6;
  }
}
