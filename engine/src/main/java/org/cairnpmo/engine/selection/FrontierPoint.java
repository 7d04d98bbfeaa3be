package org.cairnpmo.engine.selection;

import java.util.List;

/**
 * One budget level of the efficient frontier.
 *
 * @param budget the capacity given to the budget dimension
 * @param result the best selection at that budget
 * @param entering ids selected here but not at the previous (smaller) level
 * @param leaving ids selected at the previous level but not here — a bigger budget can make a large
 *     project affordable that displaces several small ones
 */
public record FrontierPoint(
    double budget, SelectionResult result, List<String> entering, List<String> leaving) {

  public FrontierPoint {
    entering = List.copyOf(entering);
    leaving = List.copyOf(leaving);
  }

  /** Best value at this budget (NaN if infeasible). */
  public double value() {
    return result.objectiveValue();
  }
}
