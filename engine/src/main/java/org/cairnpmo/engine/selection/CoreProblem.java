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

  /** Capacity left for the core, with the feasibility tolerance folded in. */
  final double[] residual;

  /** {@code weights[k][d]}: use of dimension d by core item k (item-major for cache locality). */
  final double[][] weights;

  final double[] values;

  private CoreProblem(IndexedProblem p, int[] items, boolean[] fixedSelection) {
    this.p = p;
    this.items = items;
    this.fixedSelection = fixedSelection;
    this.fixedValue = p.value(fixedSelection);
    residual = new double[p.m];
    for (int d = 0; d < p.m; d++) {
      double tolerance = 1e-9 * Math.max(1.0, Math.abs(p.capacity[d]));
      residual[d] = p.capacity[d] + tolerance - p.used(d, fixedSelection);
    }
    weights = new double[items.length][p.m];
    values = new double[items.length];
    for (int k = 0; k < items.length; k++) {
      values[k] = p.values[items[k]];
      for (int d = 0; d < p.m; d++) {
        weights[k][d] = p.usage[d][items[k]];
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
    return new CoreProblem(p, items, fixed);
  }

  /**
   * Value per unit of dual-priced resource (Chu and Beasley's ordering). Dimensions with a zero
   * price get a tiny one so that ties still prefer lighter candidates.
   */
  static double[] pseudoUtility(IndexedProblem p, double[] prices) {
    // What the capacities are worth at dual prices: the scale a negligible price must stay below.
    double worth = 0;
    for (int d = 0; d < p.m; d++) {
      worth += prices[d] * p.capacity[d];
    }
    double[] utility = new double[p.n];
    for (int i = 0; i < p.n; i++) {
      double priced = 0;
      for (int d = 0; d < p.m; d++) {
        double cap = Math.max(p.capacity[d], 1e-12);
        double floor = worth > 0 ? 1e-6 * worth / cap : 1.0 / cap;
        priced += (prices[d] + floor) * p.usage[d][i];
      }
      utility[i] = priced > 0 ? p.values[i] / priced : Double.POSITIVE_INFINITY;
    }
    return utility;
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
