package org.cairnpmo.engine.selection;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Solves the LP relaxation with GLOP. Exclusive groups become {@code sum <= 1} and prerequisites
 * {@code x_dependent <= x_required}, so the bound covers every rule, not just the capacities.
 */
public final class LpRelaxation {

  /** The relaxation in arrays; {@code prices} has one entry per dimension. */
  record Solution(
      boolean feasible, double value, double[] x, double[] prices, double[] reducedCosts) {}

  private LpRelaxation() {}

  public static LpBound solve(SelectionProblem problem) {
    IndexedProblem p = new IndexedProblem(problem);
    Solution s = solve(p);
    Map<String, Double> fractions = new HashMap<>();
    Map<String, Double> prices = new HashMap<>();
    if (s.feasible()) {
      for (int i = 0; i < p.n; i++) {
        fractions.put(p.ids[i], s.x()[i]);
      }
      for (int d = 0; d < p.m; d++) {
        prices.put(problem.dimensions().get(d).name(), s.prices()[d]);
      }
    }
    return new LpBound(s.feasible(), s.value(), fractions, prices);
  }

  static Solution solve(IndexedProblem p) {
    NativeLibrary.ensureLoaded();
    MPSolver solver = MPSolver.createSolver("GLOP");
    try {
      MPVariable[] x = new MPVariable[p.n];
      for (int i = 0; i < p.n; i++) {
        double lower = p.mustInclude[i] ? 1 : 0;
        double upper = p.mustExclude[i] ? 0 : 1;
        x[i] = solver.makeNumVar(lower, Math.max(lower, upper), "x" + i);
      }
      MPConstraint[] rows = new MPConstraint[p.m];
      for (int d = 0; d < p.m; d++) {
        rows[d] = solver.makeConstraint(-MPSolver.infinity(), p.capacity[d]);
        for (int i = 0; i < p.n; i++) {
          if (p.usage[d][i] != 0) {
            rows[d].setCoefficient(x[i], p.usage[d][i]);
          }
        }
      }
      for (int[] group : p.groups) {
        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 1);
        for (int i : group) {
          row.setCoefficient(x[i], 1);
        }
      }
      for (int i = 0; i < p.n; i++) {
        for (int r : p.requires[i]) {
          MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0);
          row.setCoefficient(x[i], 1);
          row.setCoefficient(x[r], -1);
        }
      }
      MPObjective objective = solver.objective();
      for (int i = 0; i < p.n; i++) {
        objective.setCoefficient(x[i], p.values[i]);
      }
      objective.setMaximization();
      MPSolver.ResultStatus status = solver.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        return new Solution(false, Double.NaN, new double[p.n], new double[p.m], new double[p.n]);
      }
      double[] xs = new double[p.n];
      double[] reduced = new double[p.n];
      for (int i = 0; i < p.n; i++) {
        xs[i] = Math.min(1, Math.max(0, x[i].solutionValue()));
        reduced[i] = x[i].reducedCost();
      }
      double[] prices = new double[p.m];
      for (int d = 0; d < p.m; d++) {
        prices[d] = Math.max(0, rows[d].dualValue());
      }
      return new Solution(true, objective.value(), xs, prices, reduced);
    } finally {
      solver.delete();
    }
  }
}
