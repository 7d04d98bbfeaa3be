package org.cairnpmo.practices.kpis;

import java.util.List;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.control.ControlApi.MilestoneDates;
import org.cairnpmo.control.ControlApi.ReportDeadline;
import org.cairnpmo.control.ControlApi.RiskFact;
import org.cairnpmo.governance.GovernanceApi.GateReviewFact;

/**
 * What the KPIs of one project are computed from, read from the modules that own it.
 *
 * @param evm the project's earned value month by month; null without a budget or costs
 */
public record ProjectFacts(
    long projectId,
    EvmView evm,
    List<MilestoneDates> milestones,
    List<ReportDeadline> reports,
    List<RiskFact> risks,
    List<GateReviewFact> reviews) {

  public static ProjectFacts empty(long projectId) {
    return new ProjectFacts(projectId, null, List.of(), List.of(), List.of(), List.of());
  }
}
