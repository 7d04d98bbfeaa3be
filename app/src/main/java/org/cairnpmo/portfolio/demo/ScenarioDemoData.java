package org.cairnpmo.portfolio.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.selection.Objective;
import org.cairnpmo.portfolio.selection.ScenarioData;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.portfolio.selection.ScenarioView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two demo selection scenarios over the proposals under evaluation, each with a run started: a
 * score-maximizing plan with half of each year's asked-for budget, and a mix of score and NPV with
 * a total budget and developer capacity. Runs after the portfolio demo data, once.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScenarioDemoData {

  static final String BALANCED = "Balanced plan: half the asked-for budget";
  static final String VALUE = "Value mix with developer capacity";

  private static final Logger log = LoggerFactory.getLogger(ScenarioDemoData.class);

  private final ScenarioService scenarios;
  private final IdentityApi identity;

  /** Loads after the proposals they choose from. */
  @EventListener
  DemoLoaded.Scenarios on(DemoLoaded.Portfolio loaded) {
    loadIfMissing();
    return new DemoLoaded.Scenarios();
  }

  void loadIfMissing() {
    Optional<UserSummary> pmoUser = identity.userByUsername("pmo");
    if (pmoUser.isEmpty()) {
      log.warn("Scenario demo data: no user 'pmo'; skipped.");
      return;
    }
    CurrentUser pmo = pmoUser.get().asCurrentUser();
    if (scenarios.list(pmo).stream().anyMatch(s -> s.name().equals(BALANCED))) {
      log.info("Scenario demo data: already loaded; nothing to do.");
      return;
    }
    List<ProposalCandidate> evaluated =
        scenarios.eligible(pmo).stream()
            .filter(c -> c.status() == ProposalStatus.UNDER_EVALUATION)
            .toList();
    if (evaluated.size() < 2) {
      log.warn("Scenario demo data: fewer than two proposals under evaluation; skipped.");
      return;
    }
    Map<String, BigDecimal> costs = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    Map<String, BigDecimal> developers = new TreeMap<>();
    for (ProposalCandidate c : evaluated) {
      c.costsByPeriod().forEach((p, v) -> costs.merge(p, v, BigDecimal::add));
      total =
          total.add(c.costsByPeriod().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      c.resourceDemand().stream()
          .filter(d -> d.role().equalsIgnoreCase("Developer"))
          .forEach(d -> developers.merge(d.period(), d.amount(), BigDecimal::add));
    }
    List<ScenarioData.PeriodLimit> half =
        costs.entrySet().stream()
            .map(e -> new ScenarioData.PeriodLimit(e.getKey(), roundedShare(e.getValue(), "0.5")))
            .toList();
    ScenarioView balanced =
        scenarios.create(
            limits(
                BALANCED,
                "Every proposal under evaluation; each year's budget is half of what they ask for.",
                Objective.SCORE,
                null,
                half,
                null,
                List.of()),
            pmo);
    List<ScenarioData.CapacityLimit> capacity =
        developers.entrySet().stream()
            .map(
                e ->
                    new ScenarioData.CapacityLimit(
                        "Developer", e.getKey(), roundedShare(e.getValue(), "0.6")))
            .toList();
    ScenarioView value =
        scenarios.create(
            limits(
                VALUE,
                "60 % score, 40 % NPV; 55 % of the total asked-for budget and 60 % of the developers.",
                Objective.MIX,
                0.6,
                List.of(),
                roundedShare(total, "0.55"),
                capacity),
            pmo);
    scenarios.startRun(balanced.id(), null, pmo);
    scenarios.startRun(value.id(), null, pmo);
    log.info("Scenario demo data: two scenarios created and their runs started.");
  }

  /**
   * A scenario over every proposal under evaluation with the given objective and limits only: no
   * rules, 5 seconds for the optimizer and 10 frontier levels.
   */
  private static ScenarioData limits(
      String name,
      String description,
      Objective objective,
      Double alpha,
      List<ScenarioData.PeriodLimit> budgetLimits,
      BigDecimal totalBudget,
      List<ScenarioData.CapacityLimit> capacityLimits) {
    return new ScenarioData(
        name,
        description,
        List.of(),
        objective,
        alpha,
        budgetLimits,
        totalBudget,
        capacityLimits,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        5,
        10,
        null,
        null);
  }

  private static BigDecimal roundedShare(BigDecimal amount, String share) {
    return amount.multiply(new BigDecimal(share)).setScale(0, RoundingMode.HALF_UP);
  }
}
