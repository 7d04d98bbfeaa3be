package org.cairnpmo.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fixtures for portfolio tests. They share one database with every other test, so each test makes
 * its own criteria set active when it needs one, and never assumes which set is active.
 */
public abstract class PortfolioFixtures extends ApiTestSupport {

  @Autowired protected StrategyService strategy;

  /** A new active direct-weighted set: Value 1–5 (weight 3), Risk 0–10 (weight 1). */
  protected CriteriaSetView activeDirectSet(CurrentUser pmo) {
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Drivers " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(
                    new CriteriaSetData.Criterion(
                        null, "Strategic value", null, 1, 5, new BigDecimal("3")),
                    new CriteriaSetData.Criterion(
                        null, "Delivery confidence", null, 0, 10, new BigDecimal("1"))),
                null),
            pmo);
    return strategy.activate(set.id(), set.version(), pmo);
  }

  /** Criterion ids of a set, in order. */
  protected static List<Long> criterionIds(CriteriaSetView set) {
    return set.criteria().stream().map(CriteriaSetView.CriterionView::id).toList();
  }

  protected static ProposalData proposalData(String title) {
    return new ProposalData(
        title,
        "Order entry is manual and slow.",
        "Automate order entry for the EU shops.",
        null,
        null,
        new BigDecimal("10"),
        "EUR",
        null,
        null,
        List.of(),
        List.of("Do nothing", "Buy a package"),
        List.of(
            new ProposalData.CostLine("2027", new BigDecimal("100000"), BigDecimal.ZERO),
            new ProposalData.CostLine("2028", null, new BigDecimal("10000"))),
        List.of(
            new ProposalData.BenefitLine("2028", new BigDecimal("60000")),
            new ProposalData.BenefitLine("2029", new BigDecimal("80000"))),
        List.of(new ProposalData.Risk("Vendor delay", 3, 4)),
        List.of(
            new ProposalData.ResourceDemand(
                "Developer", "2027", new BigDecimal("2.5"), DemandUnit.FTE)),
        List.of(),
        null);
  }
}
