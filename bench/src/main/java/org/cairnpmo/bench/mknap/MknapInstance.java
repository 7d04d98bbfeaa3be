package org.cairnpmo.bench.mknap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.selection.Candidate;
import org.cairnpmo.engine.selection.Dimension;
import org.cairnpmo.engine.selection.SelectionProblem;

/**
 * One OR-Library multidimensional knapsack problem.
 *
 * @param file file name without extension, e.g. {@code mknapcb1}
 * @param index position in the file, from 1
 * @param profits {@code p(j)}
 * @param weights {@code weights[i][j]}: use of constraint i by item j
 * @param capacities {@code b(i)}
 * @param statedOptimum the header's optimum, 0 when not given (always so in mknapcb files)
 */
public record MknapInstance(
    String file,
    int index,
    long[] profits,
    long[][] weights,
    long[] capacities,
    long statedOptimum) {

  public int items() {
    return profits.length;
  }

  public int constraints() {
    return capacities.length;
  }

  /** {@code FILE:INDEX}, as printed by the suite. */
  public String label() {
    return file + ":" + index;
  }

  /** Chu and Beasley's name, {@code m.n-kk} with kk from 00. */
  public String orLibraryName() {
    return String.format("%d.%d-%02d", constraints(), items(), index - 1);
  }

  /** Item j becomes candidate "j+1", constraint i becomes dimension "c(i+1)". */
  public SelectionProblem toSelectionProblem() {
    List<Dimension> dimensions = new ArrayList<>();
    for (int i = 0; i < constraints(); i++) {
      dimensions.add(new Dimension("c" + (i + 1), capacities[i]));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int j = 0; j < items(); j++) {
      Map<String, Double> usage = new HashMap<>();
      for (int i = 0; i < constraints(); i++) {
        if (weights[i][j] != 0) {
          usage.put(dimensions.get(i).name(), (double) weights[i][j]);
        }
      }
      candidates.add(new Candidate(Integer.toString(j + 1), profits[j], usage));
    }
    return SelectionProblem.of(candidates, dimensions);
  }

  /** Independent check of a selection (item numbers from 1) against the raw data. */
  public boolean isFeasible(List<Integer> items) {
    for (int i = 0; i < constraints(); i++) {
      long used = 0;
      for (int item : items) {
        used += weights[i][item - 1];
      }
      if (used > capacities[i]) {
        return false;
      }
    }
    return true;
  }

  public long value(List<Integer> items) {
    long total = 0;
    for (int item : items) {
      total += profits[item - 1];
    }
    return total;
  }
}
