package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.PortfolioFixtures;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.TriageData;
import org.springframework.beans.factory.annotation.Autowired;

/** Proposals under evaluation with a known cost in 2027 and a benefit in 2028, for scenarios. */
abstract class SelectionFixtures extends PortfolioFixtures {

  @Autowired protected ProposalService proposalService;

  /** A proposal under evaluation: capex in 2027, one benefit in 2028, 1 developer FTE in 2027. */
  protected ProposalView evaluated(String title, int cost2027, int benefit2028, CurrentUser pmo) {
    ProposalData data =
        new ProposalData(
            title + " " + unique(),
            "A problem worth solving.",
            "A scope.",
            null,
            null,
            new BigDecimal("10"),
            "EUR",
            null,
            null,
            List.of(),
            List.of(),
            List.of(new ProposalData.CostLine("2027", BigDecimal.valueOf(cost2027), null)),
            List.of(new ProposalData.BenefitLine("2028", BigDecimal.valueOf(benefit2028))),
            List.of(),
            List.of(
                new ProposalData.ResourceDemand(
                    "Developer", "2027", BigDecimal.ONE, DemandUnit.FTE)),
            List.of(),
            null);
    ProposalView p = proposalService.create(data, pmo);
    p = proposalService.submit(p.id(), p.version(), pmo);
    p =
        proposalService.triage(
            p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
    return p;
  }

  /** A scenario body maximizing NPV over {@code candidates} with a 2027 budget. */
  protected static ScenarioData npvScenario(
      String name, List<Long> candidates, int budget2027, List<Long> mustInclude) {
    return new ScenarioData(
        name,
        null,
        candidates,
        Objective.NPV,
        null,
        List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(budget2027))),
        null,
        List.of(),
        mustInclude,
        List.of(),
        List.of(),
        List.of(),
        5,
        5,
        null);
  }
}
