package org.cairnpmo.engine.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Builders and a brute-force oracle shared by the tests. */
final class Problems {

  private Problems() {}

  static Candidate candidate(String id, double value, Object... usage) {
    Map<String, Double> map = new HashMap<>();
    for (int k = 0; k < usage.length; k += 2) {
      map.put((String) usage[k], ((Number) usage[k + 1]).doubleValue());
    }
    return new Candidate(id, value, map);
  }

  /** Best value over all subsets, or NaN if no subset is feasible. Up to ~20 candidates. */
  static double bruteForce(SelectionProblem problem) {
    IndexedProblem p = new IndexedProblem(problem);
    double best = Double.NaN;
    boolean[] x = new boolean[p.n];
    for (long mask = 0; mask < (1L << p.n); mask++) {
      for (int i = 0; i < p.n; i++) {
        x[i] = (mask >> i & 1) == 1;
      }
      if (p.isFeasible(x)) {
        double v = p.value(x);
        if (Double.isNaN(best) || v > best) {
          best = v;
        }
      }
    }
    return best;
  }

  /** Whether {@code ids} satisfies every rule of {@code problem}. */
  static boolean feasible(SelectionProblem problem, List<String> ids) {
    IndexedProblem p = new IndexedProblem(problem);
    return p.isFeasible(p.selectionOf(ids));
  }

  /**
   * A random problem with several dimensions, fractional values and usage, exclusive groups,
   * prerequisites and occasional must-include / must-exclude rules.
   */
  static SelectionProblem random(Random rnd, int n) {
    int m = 1 + rnd.nextInt(3);
    List<Dimension> dims = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    double[] totals = new double[m];
    List<Map<String, Double>> usages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> usage = new HashMap<>();
      for (int d = 0; d < m; d++) {
        if (rnd.nextDouble() < 0.85) {
          // Quarter units, like FTE fractions or money with cents.
          double u = (1 + rnd.nextInt(80)) / 4.0;
          usage.put("d" + d, u);
          totals[d] += u;
        }
      }
      usages.add(usage);
    }
    for (int d = 0; d < m; d++) {
      dims.add(new Dimension("d" + d, Math.floor(totals[d] * (0.2 + 0.5 * rnd.nextDouble()))));
    }
    for (int i = 0; i < n; i++) {
      double value =
          rnd.nextInt(10) == 0 ? -rnd.nextInt(20) : Math.round(rnd.nextDouble() * 1000) / 7.0;
      candidates.add(new Candidate("p" + i, value, usages.get(i)));
    }
    Set<String> include = new HashSet<>();
    Set<String> exclude = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int roll = rnd.nextInt(20);
      if (roll == 0) {
        include.add("p" + i);
      } else if (roll == 1) {
        exclude.add("p" + i);
      }
    }
    List<ExclusiveGroup> groups = new ArrayList<>();
    for (int g = 0; g < rnd.nextInt(3); g++) {
      Set<String> members = new HashSet<>();
      for (int k = 0; k < 2 + rnd.nextInt(3); k++) {
        members.add("p" + rnd.nextInt(n));
      }
      groups.add(new ExclusiveGroup("g" + g, members));
    }
    List<Prerequisite> prerequisites = new ArrayList<>();
    for (int k = 0; k < rnd.nextInt(5); k++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      if (a != b) {
        prerequisites.add(new Prerequisite("p" + a, "p" + b));
      }
    }
    return new SelectionProblem(candidates, dims, include, exclude, groups, prerequisites);
  }
}
