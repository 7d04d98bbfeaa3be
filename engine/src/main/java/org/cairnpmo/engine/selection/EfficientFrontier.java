package org.cairnpmo.engine.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The efficient frontier of one budget dimension: the best portfolio value at each budget level,
 * every other rule unchanged. Each level is solved with {@link PortfolioSelector} (the time limit
 * of the options applies per level), warm-started from the previous level's selection, which stays
 * feasible when the budget grows; that also makes the values non-decreasing even when a level hits
 * its time limit.
 */
public final class EfficientFrontier {

  private EfficientFrontier() {}

  /** The frontier at the given budget levels, returned in ascending order of budget. */
  public static List<FrontierPoint> compute(
      SelectionProblem problem, String budgetDimension, List<Double> levels, SolveOptions options) {
    List<Double> sorted = levels.stream().sorted().distinct().toList();
    List<FrontierPoint> points = new ArrayList<>();
    boolean[] previous = null;
    SolveMethod previousMethod = null;
    List<String> previousIds = List.of();
    for (double level : sorted) {
      if (options.cancelled().getAsBoolean()) {
        break;
      }
      IndexedProblem p = new IndexedProblem(problem.withCapacity(budgetDimension, level));
      SelectionResult result = PortfolioSelector.solve(p, options, previous, previousMethod);
      List<String> ids = result.selectedIds();
      points.add(
          new FrontierPoint(level, result, minus(ids, previousIds), minus(previousIds, ids)));
      if (result.status() != SolveStatus.INFEASIBLE) {
        previous = p.selectionOf(ids);
        previousMethod = result.method();
        previousIds = ids;
      }
    }
    return points;
  }

  /** The frontier at {@code count} evenly spaced levels over {@link #budgetRange}. */
  public static List<FrontierPoint> compute(
      SelectionProblem problem, String budgetDimension, int count, SolveOptions options) {
    BudgetRange range = budgetRange(problem, budgetDimension);
    return compute(problem, budgetDimension, evenLevels(range.min(), range.max(), count), options);
  }

  /** The range of budgets worth exploring for {@code budgetDimension}. */
  public static BudgetRange budgetRange(SelectionProblem problem, String budgetDimension) {
    IndexedProblem p = new IndexedProblem(problem);
    int d = dimensionIndex(problem, budgetDimension);
    boolean[] mandatory = p.mandatory();
    double min = 0;
    double max = 0;
    for (int i = 0; i < p.n; i++) {
      min += mandatory[i] ? p.usage[d][i] : 0;
      max += p.mustExclude[i] ? 0 : p.usage[d][i];
    }
    return new BudgetRange(min, Math.max(min, max));
  }

  /** {@code count} levels from min to max inclusive (just max when count is 1). */
  public static List<Double> evenLevels(double min, double max, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1");
    }
    if (count == 1) {
      return List.of(max);
    }
    List<Double> levels = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      levels.add(k == count - 1 ? max : min + (max - min) * k / (count - 1));
    }
    return levels;
  }

  private static int dimensionIndex(SelectionProblem problem, String name) {
    for (int d = 0; d < problem.dimensions().size(); d++) {
      if (problem.dimensions().get(d).name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension " + name);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Set<String> drop = new HashSet<>(b);
    return a.stream().filter(id -> !drop.contains(id)).toList();
  }
}
