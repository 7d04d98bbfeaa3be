package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.PlannedDates;

/** What a proposal's content must meet before a draft is made or changed with it. */
final class ProposalChecks {

  private ProposalChecks() {}

  /** The rules bean validation cannot express: periods, duplicates, dates. */
  static void validate(ProposalData data) {
    List<FieldProblem> problems = new ArrayList<>();
    PlannedDates.check(data.plannedStart(), data.plannedFinish(), problems);
    List<String> moneyPeriods = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ProposalData.CostLine> costLines = data.costs();
    for (int i = 0; i < costLines.size(); i++) {
      ProposalData.CostLine line = costLines.get(i);
      moneyPeriod(line.period(), "costs[" + i + "].period", seen, moneyPeriods, problems);
      if (line.capex() == null && line.opex() == null) {
        problems.add(new FieldProblem("costs[" + i + "].capex", "Enter capex, opex or both."));
      }
    }
    // The total becomes the project's budget on approval, which holds at most MAX_AMOUNT.
    BigDecimal total =
        costLines.stream()
            .map(ProposalData.CostLine::total)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(InputRules.MAX_AMOUNT) > 0) {
      problems.add(
          new FieldProblem(
              "costs",
              "The total cost is too large: at most 999,999,999,999,999.99, a project's largest"
                  + " budget."));
    }
    seen.clear();
    List<ProposalData.BenefitLine> benefitLines = data.benefits();
    for (int i = 0; i < benefitLines.size(); i++) {
      String field = "benefits[" + i + "].period";
      moneyPeriod(benefitLines.get(i).period(), field, seen, moneyPeriods, problems);
    }
    if (problems.isEmpty() && !moneyPeriods.isEmpty()) {
      try {
        BusinessCases.horizon(moneyPeriods);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("costs", e.getMessage()));
      }
    }
    List<ProposalData.ResourceDemand> demandLines = data.resourceDemand();
    for (int i = 0; i < demandLines.size(); i++) {
      period(demandLines.get(i).period(), "resourceDemand[" + i + "].period", problems);
    }
    Set<Long> objectiveIds = new HashSet<>();
    List<ProposalData.ObjectiveContribution> links = data.objectives();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).objectiveId() != null && !objectiveIds.add(links.get(i).objectiveId())) {
        problems.add(
            new FieldProblem(
                "objectives[" + i + "].objectiveId", "This objective is listed twice."));
      }
    }
    Set<String> dependencyKeys = new HashSet<>();
    List<ProposalData.Dependency> deps = data.dependencies();
    for (int i = 0; i < deps.size(); i++) {
      if (!dependencyKeys.add(deps.get(i).kind() + ":" + deps.get(i).id())) {
        problems.add(
            new FieldProblem("dependencies[" + i + "].id", "This dependency is listed twice."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * The period of a row of a money table: it counts towards the business case's horizon, and a
   * table lists each period once ({@code seen}, the periods of the rows above).
   */
  private static void moneyPeriod(
      String text,
      String field,
      Set<String> seen,
      List<String> moneyPeriods,
      List<FieldProblem> problems) {
    Optional<PeriodLabel> period = period(text, field, problems);
    period.ifPresent(p -> moneyPeriods.add(p.label()));
    if (period.isPresent() && !seen.add(period.get().label())) {
      problems.add(
          new FieldProblem(
              field, period.get().label() + " is listed twice; enter each period once."));
    }
  }

  private static Optional<PeriodLabel> period(
      String text, String field, List<FieldProblem> problems) {
    Optional<PeriodLabel> period = PeriodLabel.parse(text);
    if (period.isEmpty()) {
      problems.add(
          new FieldProblem(field, "Write the period as a year (2027) or a quarter (2027-Q1)."));
    }
    return period;
  }
}
