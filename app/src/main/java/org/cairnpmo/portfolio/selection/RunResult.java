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
 * @param budget each period's limit, committed spend and the available amount the run solved with
 * @param leftOut each candidate the selection leaves out: why, and what it would take to get in
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
    List<FrontierStep> frontier,
    List<BudgetLine> budget,
    List<LeftOut> leftOut) {

  public RunResult {
    budget = budget == null ? List.of() : List.copyOf(budget);
    leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
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

  /**
   * A candidate the selection leaves out.
   *
   * @param reasons each limit or rule that keeps it out of this selection, in plain words
   * @param limitsShort for each limit it does not fit, how much more of it the candidate needs
   *     beside the selection; empty when a rule keeps it out or it fits
   * @param forced what the optimizer found with the candidate made must-include, or null when it
   *     was not tried (a rule excludes it, or the time for explanations ran out)
   * @param howToEnter what would bring it in, in plain words with the solver's numbers
   */
  public record LeftOut(
      long proposalId,
      String code,
      String title,
      double value,
      List<String> reasons,
      List<Shortfall> limitsShort,
      Forced forced,
      List<String> howToEnter) {

    public LeftOut {
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
      howToEnter = howToEnter == null ? List.of() : List.copyOf(howToEnter);
      limitsShort = limitsShort == null ? List.of() : List.copyOf(limitsShort);
    }
  }

  /** How much more of a limit a candidate needs than the selection leaves. */
  public record Shortfall(String constraint, double needs, double left) {

    public double missing() {
      return needs - left;
    }
  }

  /**
   * The best selection found with a candidate made must-include.
   *
   * @param feasible false when no selection keeps every limit and rule with it
   * @param status OPTIMAL or FEASIBLE (not proven best in the time given), INFEASIBLE
   * @param objectiveValue value of that selection; null when infeasible
   * @param valueLost how much less it is worth than the run's selection; null when infeasible
   * @param leaving selected proposals that drop out to make room
   * @param joining other proposals that come in with it (a prerequisite, a better fit)
   * @param conflicts why it cannot be selected, when infeasible
   */
  public record Forced(
      boolean feasible,
      String status,
      Double objectiveValue,
      Double valueLost,
      List<String> leaving,
      List<String> joining,
      List<String> conflicts) {

    public Forced {
      leaving = leaving == null ? List.of() : List.copyOf(leaving);
      joining = joining == null ? List.of() : List.copyOf(joining);
      conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
  }
}
