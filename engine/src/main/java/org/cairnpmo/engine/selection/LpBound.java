package org.cairnpmo.engine.selection;

import java.util.Map;

/**
 * The linear relaxation of a selection problem: candidates may be taken fractionally.
 *
 * @param feasible false when even the relaxation has no solution
 * @param value the relaxation's optimum: no selection is worth more
 * @param fractions the share of each candidate id in the relaxed optimum (0..1)
 * @param dimensionPrices the dual price of each dimension: value gained per extra unit of capacity,
 *     zero for dimensions that do not bind
 */
public record LpBound(
    boolean feasible,
    double value,
    Map<String, Double> fractions,
    Map<String, Double> dimensionPrices) {

  public LpBound {
    fractions = Map.copyOf(fractions);
    dimensionPrices = Map.copyOf(dimensionPrices);
  }
}
