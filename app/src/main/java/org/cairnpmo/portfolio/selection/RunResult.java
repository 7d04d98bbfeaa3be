package org.cairnpmo.portfolio.selection;

import java.util.List;

/**
 * What an optimizer run found, stored as JSON with the run so that it survives restarts.
 *
 * @param status OPTIMAL, FEASIBLE or INFEASIBLE
 * @param explanation the status in plain words (for INFEASIBLE: why, naming projects and limits)
 * @param method the algorithm that produced the selection
 * @param objectiveValue value of the selection, in the objective's units
 * @param bestBound no selection is worth more (proven); null when infeasible
 * @param gapPercent proven optimality gap; 0 when optimal, null when infeasible
 * @param selected the selected proposals
 * @param constraints use versus limit of every constraint
 * @param conflicts why the scenario is infeasible
 * @param frontier best value at each total budget level, ascending; empty when infeasible
 */
public record RunResult(
    String status,
    String explanation,
    String method,
    double objectiveValue,
    Double bestBound,
    Double gapPercent,
    double totalCost,
    long solveMillis,
    boolean cancelled,
    List<Pick> selected,
    List<Usage> constraints,
    List<String> conflicts,
    List<FrontierStep> frontier) {

  public RunResult {
    selected = selected == null ? List.of() : List.copyOf(selected);
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    frontier = frontier == null ? List.of() : List.copyOf(frontier);
  }

  public boolean feasible() {
    return !"INFEASIBLE".equals(status);
  }

  /** A selected proposal with the value it contributes and its total cost. */
  public record Pick(long proposalId, String code, String title, double value, double cost) {}

  /** One constraint: what the selection uses of it. */
  public record Usage(String constraint, double used, double limit, double utilizationPercent) {}

  /**
   * One level of the efficient frontier.
   *
   * @param entering codes of the proposals selected here but not at the previous level
   * @param leaving codes selected at the previous level but not here
   */
  public record FrontierStep(
      double budget,
      Double value,
      String status,
      List<String> selected,
      List<String> entering,
      List<String> leaving) {}
}
