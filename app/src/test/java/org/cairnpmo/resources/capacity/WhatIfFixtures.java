package org.cairnpmo.resources.capacity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.portfolio.selection.Objective;
import org.cairnpmo.portfolio.selection.RunStatus;
import org.cairnpmo.portfolio.selection.RunView;
import org.cairnpmo.portfolio.selection.ScenarioData;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.portfolio.selection.ScenarioView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.springframework.context.ApplicationContext;

/**
 * A small portfolio for the capacity what-if: a catalog role with another name, one person in it,
 * and three proposals under evaluation of which a scenario with a 2027 budget of 100 selects the
 * first two (costs 60, 40, 30; the best NPV is the first two).
 */
final class WhatIfFixtures {

  static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

  private final ProposalService proposals;
  private final ScenarioService scenarios;
  private final CatalogService catalog;
  private final PoolService pool;
  private final StrategyService strategy;

  /** The services of the application context the test runs in. */
  WhatIfFixtures(ApplicationContext context) {
    this.proposals = context.getBean(ProposalService.class);
    this.scenarios = context.getBean(ScenarioService.class);
    this.catalog = context.getBean(CatalogService.class);
    this.pool = context.getBean(PoolService.class);
    this.strategy = context.getBean(StrategyService.class);
  }

  private static String unique() {
    return Long.toString(System.nanoTime(), 36);
  }

  /** An active criteria set, without which no proposal goes under evaluation. */
  private void activeSet(CurrentUser pmo) {
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "What-if drivers " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(new CriteriaSetData.Criterion(null, "Value", null, 1, 5, BigDecimal.ONE)),
                null),
            pmo);
    strategy.activate(set.id(), set.version(), pmo);
  }

  /** What a what-if test works on. */
  record Portfolio(
      long roleId,
      String roleName,
      String otherName,
      String unknownRole,
      long personId,
      ProposalView alpha,
      ProposalView bravo,
      ProposalView charlie,
      long scenarioId) {}

  /**
   * Alpha needs the role by its other name (0.5 FTE in 2031-Q1) and an unknown role (0.25 FTE in
   * 2031-Q1); Bravo the role by its name in lower case (1 FTE in 2031); Charlie, left out, 2 FTE.
   */
  Portfolio portfolio(CurrentUser pmo, CurrentUser rm) {
    String u = unique();
    String roleName = "WhatIf dev " + u;
    String otherName = "WhatIf engineer " + u;
    long role =
        catalog
            .createRole(
                new RoleData(roleName, null, null, null, null, List.of(otherName), null), rm)
            .id();
    long person =
        pool.create(
                new PersonData(
                    null,
                    "WhatIf person " + u,
                    null,
                    null,
                    role,
                    new BigDecimal("40"),
                    100,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null),
                rm)
            .id();
    activeSet(pmo);
    String unknown = "WhatIf designer " + u;
    ProposalView alpha =
        evaluated(
            "Alpha",
            60,
            150,
            List.of(
                fte(otherName.toUpperCase(), "2031-Q1", "0.5"), fte(unknown, "2031-Q1", "0.25")),
            pmo);
    ProposalView bravo =
        evaluated("Bravo", 40, 95, List.of(fte(roleName.toLowerCase(), "2031", "1")), pmo);
    ProposalView charlie = evaluated("Charlie", 30, 70, List.of(fte(roleName, "2031", "2")), pmo);
    ScenarioView scenario =
        scenarios.create(
            new ScenarioData(
                "What-if " + u,
                null,
                List.of(alpha.id(), bravo.id(), charlie.id()),
                Objective.NPV,
                null,
                List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(100))),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                5,
                5,
                null,
                true),
            pmo);
    return new Portfolio(
        role, roleName, otherName, unknown, person, alpha, bravo, charlie, scenario.id());
  }

  /** Runs the scenario and waits for the run to end. */
  RunView run(long scenarioId, CurrentUser pmo) throws InterruptedException {
    RunView run = scenarios.startRun(scenarioId, null, pmo);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      run = scenarios.run(scenarioId, run.id(), pmo);
      if (run.status() != RunStatus.QUEUED && run.status() != RunStatus.RUNNING) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Run " + run.id() + " did not end");
  }

  static ProposalData.ResourceDemand fte(String role, String period, String amount) {
    return new ProposalData.ResourceDemand(role, period, new BigDecimal(amount), DemandUnit.FTE);
  }

  /** A proposal under evaluation: capex in 2027, one benefit in 2028, the demand given. */
  ProposalView evaluated(
      String title,
      int cost2027,
      int benefit2028,
      List<ProposalData.ResourceDemand> demand,
      CurrentUser pmo) {
    ProposalView p =
        proposals.create(
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
                demand,
                List.of(),
                null),
            pmo);
    p = proposals.submit(p.id(), p.version(), pmo);
    return proposals.triage(
        p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
  }
}
