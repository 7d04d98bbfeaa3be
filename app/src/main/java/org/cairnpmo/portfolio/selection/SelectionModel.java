package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.selection.Candidate;
import org.cairnpmo.engine.selection.Dimension;
import org.cairnpmo.engine.selection.ExclusiveGroup;
import org.cairnpmo.engine.selection.Prerequisite;
import org.cairnpmo.engine.selection.SelectionProblem;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;

/**
 * Turns a scenario and its candidate proposals into the engine's {@link SelectionProblem}.
 * Candidate ids are the proposal codes (PRO-0012), so that the engine's explanations name them as
 * people do; dimensions are named for people ("Budget 2027", "Developer 2027", "Total budget")
 * because the engine's explanations quote them.
 */
final class SelectionModel {

  static final String TOTAL = "Total budget";

  final SelectionProblem problem;

  /** Candidates by code (the engine's ids). */
  final Map<String, ProposalCandidate> byId;

  final Map<String, Double> values;

  /** The rules that follow from the candidates' dependencies, for the reasons they give. */
  final DependencyRules dependencies;

  /** Each period's limit, committed spend and what is available of it. */
  final List<BudgetLine> budget;

  private SelectionModel(
      SelectionProblem problem,
      Map<String, ProposalCandidate> byId,
      Map<String, Double> values,
      DependencyRules dependencies,
      List<BudgetLine> budget) {
    this.problem = problem;
    this.byId = byId;
    this.values = values;
    this.dependencies = dependencies;
    this.budget = budget;
  }

  static String budgetDimension(String period) {
    return "Budget " + period;
  }

  static String capacityDimension(String role, String period) {
    return role + " " + period;
  }

  /** The model without knowledge of proposals outside the candidates (their needs are unmet). */
  static SelectionModel build(ScenarioData data, List<ProposalCandidate> candidates) {
    return build(data, candidates, DependencyRules.derive(data, candidates, Map.of()));
  }

  /** The model with the budget limits as entered, nothing committed. */
  static SelectionModel build(
      ScenarioData data, List<ProposalCandidate> candidates, DependencyRules dependencies) {
    return build(
        data,
        candidates,
        dependencies,
        data.budgetLimits().stream().map(BudgetLine::uncounted).toList());
  }

  /**
   * Rejects rules that name proposals outside the candidates (400 with the field). The rules that
   * come from the candidates' dependencies are added to the scenario's own: their prerequisites
   * (each pair once) and their exclusions. Each period's budget is what is {@link
   * BudgetLine#available} of its limit.
   */
  static SelectionModel build(
      ScenarioData data,
      List<ProposalCandidate> candidates,
      DependencyRules dependencies,
      List<BudgetLine> budget) {
    Map<String, ProposalCandidate> byId = new LinkedHashMap<>();
    Map<Long, String> codes = new HashMap<>();
    for (ProposalCandidate c : candidates) {
      byId.put(c.code(), c);
      codes.put(c.id(), c.code());
    }
    List<FieldProblem> problems = new ArrayList<>();
    requireCandidates(data.mustInclude(), codes, "mustInclude", problems);
    requireCandidates(data.mustExclude(), codes, "mustExclude", problems);
    for (int g = 0; g < data.exclusiveGroups().size(); g++) {
      requireCandidates(
          data.exclusiveGroups().get(g).proposalIds(),
          codes,
          "exclusiveGroups[" + g + "].proposalIds",
          problems);
    }
    for (int r = 0; r < data.prerequisites().size(); r++) {
      ScenarioData.Requirement req = data.prerequisites().get(r);
      requireCandidates(
          List.of(req.dependentId()), codes, "prerequisites[" + r + "].dependentId", problems);
      requireCandidates(
          List.of(req.requiredId()), codes, "prerequisites[" + r + "].requiredId", problems);
      if (req.dependentId().equals(req.requiredId())) {
        problems.add(
            new FieldProblem("prerequisites[" + r + "]", "A proposal cannot need itself."));
      }
    }
    Set<String> seen = new HashSet<>();
    for (int b = 0; b < data.budgetLimits().size(); b++) {
      if (!seen.add(budgetDimension(data.budgetLimits().get(b).period().trim()))) {
        problems.add(
            new FieldProblem("budgetLimits[" + b + "].period", "This period has a limit already."));
      }
    }
    for (int k = 0; k < data.capacityLimits().size(); k++) {
      ScenarioData.CapacityLimit c = data.capacityLimits().get(k);
      if (!seen.add(capacityDimension(c.role().trim(), c.period().trim()))) {
        problems.add(
            new FieldProblem(
                "capacityLimits[" + k + "]", "This role and period have a limit already."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }

    Map<String, Double> values = values(data, candidates);
    List<Dimension> dimensions = new ArrayList<>();
    double allCosts = 0;
    for (ProposalCandidate c : candidates) {
      allCosts += totalCost(c);
    }
    dimensions.add(
        new Dimension(
            TOTAL, data.totalBudget() == null ? allCosts : data.totalBudget().doubleValue()));
    for (BudgetLine line : budget) {
      dimensions.add(new Dimension(budgetDimension(line.period()), line.capacity()));
    }
    for (ScenarioData.CapacityLimit limit : data.capacityLimits()) {
      dimensions.add(
          new Dimension(
              capacityDimension(limit.role().trim(), limit.period().trim()),
              limit.limit().doubleValue()));
    }
    List<Candidate> engineCandidates = new ArrayList<>();
    for (ProposalCandidate c : candidates) {
      Map<String, Double> usage = new HashMap<>();
      usage.put(TOTAL, totalCost(c));
      for (ScenarioData.PeriodLimit limit : data.budgetLimits()) {
        BigDecimal cost = c.costsByPeriod().get(limit.period().trim());
        usage.put(budgetDimension(limit.period().trim()), cost == null ? 0.0 : cost.doubleValue());
      }
      for (ScenarioData.CapacityLimit limit : data.capacityLimits()) {
        double demand = 0;
        for (ProposalData.ResourceDemand d : c.resourceDemand()) {
          if (d.role().trim().equalsIgnoreCase(limit.role().trim())
              && d.period().trim().equals(limit.period().trim())) {
            demand += d.amount().doubleValue();
          }
        }
        usage.put(capacityDimension(limit.role().trim(), limit.period().trim()), demand);
      }
      String id = c.code();
      engineCandidates.add(new Candidate(id, values.get(id), usage));
    }
    Set<String> exclude = ids(data.mustExclude(), codes);
    dependencies.excluded().forEach(e -> exclude.add(e.code()));
    Set<Prerequisite> prerequisites = new LinkedHashSet<>();
    for (ScenarioData.Requirement p : data.prerequisites()) {
      prerequisites.add(new Prerequisite(codes.get(p.dependentId()), codes.get(p.requiredId())));
    }
    for (DependencyRules.Derived d : dependencies.prerequisites()) {
      prerequisites.add(new Prerequisite(d.dependentCode(), d.requiredCode()));
    }
    SelectionProblem problem =
        new SelectionProblem(
            engineCandidates,
            dimensions,
            ids(data.mustInclude(), codes),
            exclude,
            data.exclusiveGroups().stream()
                .map(g -> new ExclusiveGroup(g.name(), ids(g.proposalIds(), codes)))
                .toList(),
            List.copyOf(prerequisites));
    return new SelectionModel(problem, byId, values, dependencies, List.copyOf(budget));
  }

  static double totalCost(ProposalCandidate c) {
    double total = 0;
    for (BigDecimal v : c.costsByPeriod().values()) {
      total += v.doubleValue();
    }
    return total;
  }

  /**
   * Value per candidate: the weighted score (0–100), the NPV, or α·score/max score + (1−α)·NPV/max
   * |NPV|, times 100. Missing measures count as zero.
   */
  static Map<String, Double> values(ScenarioData data, List<ProposalCandidate> candidates) {
    double maxScore = 0;
    double maxNpv = 0;
    for (ProposalCandidate c : candidates) {
      if (c.weightedScore() != null) {
        maxScore = Math.max(maxScore, Math.abs(c.weightedScore()));
      }
      if (c.npv() != null) {
        maxNpv = Math.max(maxNpv, Math.abs(c.npv().doubleValue()));
      }
    }
    double alpha = data.effectiveAlpha();
    Map<String, Double> values = new LinkedHashMap<>();
    for (ProposalCandidate c : candidates) {
      double score = c.weightedScore() == null ? 0 : c.weightedScore();
      double npv = c.npv() == null ? 0 : c.npv().doubleValue();
      double value =
          switch (data.objective()) {
            case SCORE -> score;
            case NPV -> npv;
            case MIX ->
                100
                    * (alpha * (maxScore == 0 ? 0 : score / maxScore)
                        + (1 - alpha) * (maxNpv == 0 ? 0 : npv / maxNpv));
          };
      values.put(c.code(), value);
    }
    return values;
  }

  private static Set<String> ids(List<Long> ids, Map<Long, String> codes) {
    Set<String> out = new HashSet<>();
    for (Long id : ids) {
      out.add(codes.get(id));
    }
    return out;
  }

  private static void requireCandidates(
      List<Long> ids, Map<Long, String> codes, String field, List<FieldProblem> problems) {
    for (Long id : ids) {
      if (id == null || !codes.containsKey(id)) {
        problems.add(
            new FieldProblem(
                field, "Proposal " + id + " is not one of the scenario's candidates."));
        return;
      }
    }
  }
}
