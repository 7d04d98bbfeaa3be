package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.selection.PortfolioSelector;
import org.cairnpmo.engine.selection.Prerequisite;
import org.cairnpmo.engine.selection.SelectionResult;
import org.cairnpmo.engine.selection.SolveOptions;
import org.cairnpmo.engine.selection.SolveStatus;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalReference;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.junit.jupiter.api.Test;

/** Recorded dependencies between proposals as rules of the selection (no Spring). */
class DependencyRulesTest {

  private static ProposalCandidate proposal(long id, int npv, int cost, Long... needs) {
    return new ProposalCandidate(
        id,
        "PRO-" + id,
        "Proposal " + id,
        ProposalStatus.UNDER_EVALUATION,
        null,
        BigDecimal.valueOf(npv),
        BigDecimal.valueOf(cost),
        "EUR",
        Map.of("2027", BigDecimal.valueOf(cost)),
        List.of(),
        List.of(needs),
        0);
  }

  private static ScenarioData npv(
      Integer budget, List<Long> include, List<ScenarioData.Requirement> prerequisites) {
    return new ScenarioData(
        "Dependencies",
        null,
        List.of(),
        Objective.NPV,
        null,
        budget == null
            ? List.of()
            : List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(budget))),
        null,
        List.of(),
        include,
        List.of(),
        List.of(),
        prerequisites,
        5,
        5,
        null,
        null);
  }

  private static SelectionResult solve(
      ScenarioData data, List<ProposalCandidate> candidates, DependencyRules rules) {
    return PortfolioSelector.solve(
        SelectionModel.build(data, candidates, rules).problem,
        SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withWorkers(1));
  }

  @Test
  void a_dependency_between_candidates_becomes_a_prerequisite_once_beside_the_scenarios_own() {
    // 2 and 5 need 1; the scenario states "5 only if 1" itself as well.
    List<ProposalCandidate> candidates =
        List.of(proposal(1, 10, 50), proposal(2, 100, 40, 1L), proposal(5, 30, 10, 1L));
    ScenarioData data = npv(null, List.of(), List.of(new ScenarioData.Requirement(5L, 1L)));
    DependencyRules rules = DependencyRules.derive(data, candidates, Map.of());

    assertThat(rules.excluded()).isEmpty();
    assertThat(rules.prerequisites())
        .extracting(
            DependencyRules.Derived::dependentCode,
            DependencyRules.Derived::requiredCode,
            DependencyRules.Derived::alsoInScenario)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PRO-2", "PRO-1", false),
            org.assertj.core.groups.Tuple.tuple("PRO-5", "PRO-1", true));
    assertThat(SelectionModel.build(data, candidates, rules).problem.prerequisites())
        .containsExactlyInAnyOrder(
            new Prerequisite("PRO-5", "PRO-1"), new Prerequisite("PRO-2", "PRO-1"));
  }

  @Test
  void the_dependent_is_never_selected_without_what_it_needs_at_any_budget() {
    // 2 is worth much, 1 little; 1 costs 50, 2 costs 40, 3 costs 45 and is worth 60.
    List<ProposalCandidate> candidates =
        List.of(proposal(1, 5, 50), proposal(2, 100, 40, 1L), proposal(3, 60, 45));
    List<String> seen = new ArrayList<>();
    for (int budget = 0; budget <= 140; budget += 5) {
      ScenarioData data = npv(budget, List.of(), List.of());
      SelectionResult result =
          solve(data, candidates, DependencyRules.derive(data, candidates, Map.of()));
      assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
      List<String> picked = result.selectedIds();
      if (picked.contains("PRO-2")) {
        assertThat(picked).as("budget " + budget).contains("PRO-1");
      }
      seen.add(budget + ":" + String.join("+", picked.stream().sorted().toList()));
    }
    // Without the rule, 40 would buy 2 alone; with it, 2 needs 90 (with 1).
    assertThat(seen).contains("45:PRO-3", "90:PRO-1+PRO-2", "135:PRO-1+PRO-2+PRO-3");
  }

  @Test
  void a_need_outside_the_candidates_excludes_the_dependent_unless_that_proposal_is_approved() {
    List<ProposalCandidate> candidates =
        List.of(
            proposal(1, 10, 10),
            proposal(3, 90, 10, 99L),
            proposal(4, 80, 10, 98L),
            proposal(6, 70, 10, 97L));
    Map<Long, ProposalReference> others =
        Map.of(
            99L, new ProposalReference(99, "PRO-0099", "Old idea", ProposalStatus.REJECTED),
            98L, new ProposalReference(98, "PRO-0098", "Data platform", ProposalStatus.APPROVED));
    ScenarioData data = npv(null, List.of(), List.of());
    DependencyRules rules = DependencyRules.derive(data, candidates, others);

    assertThat(DependencyRules.outside(candidates)).containsExactlyInAnyOrder(97L, 98L, 99L);
    assertThat(rules.prerequisites()).isEmpty();
    assertThat(rules.excluded())
        .extracting(DependencyRules.Excluded::code)
        .containsExactly("PRO-3", "PRO-6");
    assertThat(rules.excluded().get(0).reason())
        .contains("PRO-0099 Old idea (Rejected)")
        .contains("neither among the candidates nor approved")
        .contains("PRO-3 cannot be selected");
    assertThat(rules.excluded().get(1).reason()).contains("#97, which no longer exists");

    SelectionResult result = solve(data, candidates, rules);
    assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(result.selectedIds()).containsExactlyInAnyOrder("PRO-1", "PRO-4");
  }

  @Test
  void a_must_include_that_needs_a_missing_proposal_makes_the_scenario_infeasible_with_a_reason() {
    List<ProposalCandidate> candidates = List.of(proposal(1, 10, 10), proposal(3, 90, 10, 99L));
    ScenarioData data = npv(null, List.of(3L), List.of());
    SelectionResult result =
        solve(data, candidates, DependencyRules.derive(data, candidates, Map.of()));
    assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(result.conflicts()).isNotEmpty();
    assertThat(result.conflicts().toString()).contains("PRO-3");
  }
}
