package org.cairnpmo.portfolio.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.Versioned;

/**
 * A scenario as shown: its definition, the candidates with their value measures, what the
 * candidates need per period (to help set limits), its latest run and, once committed, the
 * decision.
 *
 * @param definition the scenario as entered (with version)
 * @param costsByPeriod total cost of all candidates per period
 * @param demandByRolePeriod total demand of all candidates per "role|period"
 * @param latestRun the newest run, or null
 * @param committed whether the decision was taken; the scenario is read-only then
 * @param dependencies the prerequisites and exclusions that follow from the candidates' recorded
 *     dependencies, applied on top of the definition's own rules
 * @param budget each budget limit with the spend committed in its period and what is available
 * @param currency the currency the limits are read in (that of most candidates)
 * @param unscoredProposals once committed: the selected proposals that had no score, or null
 * @param unscoredReason why the decision was taken without their scores
 */
public record ScenarioView(
    long id,
    String name,
    String description,
    ScenarioData definition,
    List<CandidateRow> candidates,
    Map<String, Double> costsByPeriod,
    Map<String, Double> demandByRolePeriod,
    RunView latestRun,
    boolean committed,
    Long committedRunId,
    String committedBy,
    Instant committedAt,
    String rationale,
    long version,
    Instant updatedAt,
    String updatedBy,
    DependencyRules dependencies,
    List<BudgetLine> budget,
    String currency,
    String unscoredProposals,
    String unscoredReason)
    implements Versioned.Entry {

  /** A candidate proposal with its value measures. */
  public record CandidateRow(
      long proposalId,
      String code,
      String title,
      String status,
      Double weightedScore,
      Double npv,
      double totalCost,
      String currency) {}
}
