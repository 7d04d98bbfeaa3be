package org.cairnpmo.engine.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ratio greedy with repair and local improvement.
 *
 * <p>Candidates are ranked by value per weighted resource use, the weight of each dimension being
 * its LP dual price (the "pseudo-utility" of Chu and Beasley, 1998): a unit of a tight dimension
 * costs more than a unit of a slack one. Starting from the must-include projects and their
 * prerequisites, each candidate is added together with its missing prerequisites when the whole
 * package keeps every rule (that is the repair for the side rules). Then swaps of one project (with
 * its dependents) for another package are tried until none improves, refilling after each swap.
 * Every step keeps every rule, so the answer is feasible whenever the problem is.
 */
public final class GreedySelector {

  private static final int MAX_PASSES = 200;

  private GreedySelector() {}

  /** Runs the heuristic on its own; the bound reported is the LP relaxation's. */
  public static SelectionResult solve(SelectionProblem problem) {
    long start = System.nanoTime();
    IndexedProblem p = new IndexedProblem(problem);
    List<Conflict> conflicts = Diagnosis.conflicts(p);
    if (!conflicts.isEmpty()) {
      return Results.infeasible(p, conflicts, start);
    }
    LpRelaxation.Solution lp = LpRelaxation.solve(p);
    double[] prices = lp.feasible() ? lp.prices() : null;
    boolean[] x = select(p, prices, start + 1_000_000_000L);
    return Results.feasible(p, x, false, SolveMethod.GREEDY, lp.value(), start, false);
  }

  /**
   * Greedy construction plus local improvement until {@code deadlineNanos}. The problem must be
   * feasible (see {@link Diagnosis}). {@code prices} may be null: demand-based weights are used.
   */
  static boolean[] select(IndexedProblem p, double[] prices, long deadlineNanos) {
    SelectionState s = new SelectionState(p, p.mandatory());
    int[] order = ranking(p, s, prices == null ? demandWeights(p) : prices);
    fill(s, order);
    improve(s, order, deadlineNanos);
    return s.x.clone();
  }

  /** Candidates worth adding, best value per weighted use first. */
  static int[] ranking(IndexedProblem p, SelectionState s, double[] weights) {
    double[] primary = new double[p.n];
    double[] secondary = new double[p.n];
    List<Integer> pool = new ArrayList<>();
    for (int j = 0; j < p.n; j++) {
      int[] pkg = s.packageOf(j);
      double value = s.valueOf(pkg);
      if (pkg.length == 0 || value <= 0 || p.mustExclude[j]) {
        continue;
      }
      double weighted = 0;
      double normalized = 0;
      for (int d = 0; d < p.m; d++) {
        for (int i : pkg) {
          weighted += weights[d] * p.usage[d][i];
          normalized += p.usage[d][i] / Math.max(p.capacity[d], 1e-12);
        }
      }
      primary[j] = weighted > 0 ? value / weighted : Double.POSITIVE_INFINITY;
      secondary[j] = normalized > 0 ? value / normalized : Double.POSITIVE_INFINITY;
      pool.add(j);
    }
    pool.sort(
        Comparator.<Integer>comparingDouble(j -> -primary[j])
            .thenComparingDouble(j -> -secondary[j])
            .thenComparingInt(j -> j));
    return pool.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Dimension weights when no LP prices exist: how over-subscribed each dimension is. */
  static double[] demandWeights(IndexedProblem p) {
    double[] w = new double[p.m];
    for (int d = 0; d < p.m; d++) {
      double demand = 0;
      for (int i = 0; i < p.n; i++) {
        demand += p.mustExclude[i] ? 0 : p.usage[d][i];
      }
      double cap = Math.max(p.capacity[d], 1e-12);
      w[d] = demand > p.capacity[d] ? demand / (cap * cap) : 0;
    }
    return w;
  }

  static void fill(SelectionState s, int[] order) {
    int[] none = new int[0];
    for (int j : order) {
      if (s.x[j]) {
        continue;
      }
      int[] pkg = s.packageOf(j);
      if (s.valueOf(pkg) > 0 && s.canSwap(none, pkg)) {
        s.swap(none, pkg);
      }
    }
  }

  /** First-improvement swaps: drop a project (and its dependents), add a better package. */
  static void improve(SelectionState s, int[] order, long deadlineNanos) {
    IndexedProblem p = s.p;
    boolean[] mandatory = p.mandatory();
    for (int pass = 0; pass < MAX_PASSES && System.nanoTime() < deadlineNanos; pass++) {
      boolean improved = false;
      for (int j : order) {
        if (s.x[j]) {
          continue;
        }
        int[] added = s.packageOf(j);
        double gain = s.valueOf(added);
        double eps = 1e-9 * Math.max(1.0, Math.abs(s.value));
        for (int k = order.length - 1; k >= 0; k--) {
          int i = order[k];
          if (!s.x[i] || mandatory[i]) {
            continue;
          }
          int[] removed = s.removalOf(i);
          if (gain - s.valueOf(removed) > eps
              && !touchesMandatory(removed, mandatory)
              && disjoint(removed, p.closure[j])
              && s.canSwap(removed, added)) {
            s.swap(removed, added);
            fill(s, order);
            improved = true;
            break;
          }
        }
      }
      if (!improved) {
        return;
      }
    }
  }

  private static boolean touchesMandatory(int[] set, boolean[] mandatory) {
    for (int i : set) {
      if (mandatory[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean disjoint(int[] a, int[] b) {
    for (int i : a) {
      for (int j : b) {
        if (i == j) {
          return false;
        }
      }
    }
    return true;
  }
}
