package org.cairnpmo.portfolio;

import java.util.List;

/**
 * What a selection scenario would ask of the resource pool: the proposals its selection holds, with
 * their resource demand turned into dates. The selection is the committed run's once the scenario
 * is committed, else that of its latest finished run; before any run has finished it holds nothing.
 *
 * @param runId the run whose selection this is, or null when no run has finished
 * @param outdated whether the scenario or its candidates changed after that run
 * @param proposals the selected proposals the caller may see, by code
 */
public record ScenarioDemand(
    long scenarioId,
    String name,
    boolean committed,
    Long runId,
    boolean outdated,
    List<Selected> proposals) {

  public ScenarioDemand {
    proposals = List.copyOf(proposals);
  }

  /**
   * A selected proposal and the people it needs.
   *
   * @param demand each line whose period reads as a year or a quarter, with its dates
   * @param unreadable lines whose period is neither, as "role period" (left out of the demand)
   */
  public record Selected(
      long proposalId,
      String code,
      String title,
      List<ProposalApproved.Demand> demand,
      List<String> unreadable) {}

  /** A scenario to choose from. */
  public record Summary(long id, String name, boolean committed) {}
}
