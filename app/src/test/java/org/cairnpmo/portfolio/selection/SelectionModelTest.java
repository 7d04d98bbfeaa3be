package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.selection.PortfolioSelector;
import org.cairnpmo.engine.selection.SelectionResult;
import org.cairnpmo.engine.selection.SolveOptions;
import org.cairnpmo.engine.selection.SolveStatus;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.junit.jupiter.api.Test;

/** How a scenario becomes the engine's problem, one rule kind at a time (no Spring). */
class SelectionModelTest {

  /** Score, NPV, 2027 cost, developers in 2027. */
  private static ProposalCandidate proposal(long id, double score, int npv, int cost, int devs) {
    return new ProposalCandidate(
        id,
        "PRO-" + id,
        "Proposal " + id,
        ProposalStatus.UNDER_EVALUATION,
        score,
        BigDecimal.valueOf(npv),
        BigDecimal.valueOf(cost),
        "EUR",
        Map.of("2027", BigDecimal.valueOf(cost)),
        List.of(
            new ProposalData.ResourceDemand(
                "Developer", "2027", BigDecimal.valueOf(devs), DemandUnit.FTE)),
        List.of(),
        0);
  }

  private static final List<ProposalCandidate> FOUR =
      List.of(
          proposal(1, 80, 100, 50, 3),
          proposal(2, 60, 300, 40, 1),
          proposal(3, 50, 50, 30, 2),
          proposal(4, 40, 10, 20, 1));

  private static ScenarioData scenario(
      Objective objective,
      Double alpha,
      Integer budget,
      Integer developers,
      List<Long> include,
      List<Long> exclude,
      List<ScenarioData.Group> groups,
      List<ScenarioData.Requirement> prerequisites) {
    return new ScenarioData(
        "Test",
        null,
        List.of(),
        objective,
        alpha,
        budget == null
            ? List.of()
            : List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(budget))),
        null,
        developers == null
            ? List.of()
            : List.of(
                new ScenarioData.CapacityLimit(
                    "developer", "2027", BigDecimal.valueOf(developers))),
        include,
        exclude,
        groups,
        prerequisites,
        5,
        5,
        null,
        null);
  }

  private static List<String> solve(ScenarioData data) {
    SelectionResult result =
        PortfolioSelector.solve(
            SelectionModel.build(data, FOUR).problem,
            SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withWorkers(1));
    assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    return result.selectedIds();
  }

  @Test
  void a_budget_per_period_limits_the_selection_by_score() {
    // Budget 90: 1+2 (140) beats 1+3 (130), 2+3+4 (150, cost 90) is best.
    assertThat(
            solve(
                scenario(
                    Objective.SCORE, null, 90, null, List.of(), List.of(), List.of(), List.of())))
        .containsExactlyInAnyOrder("PRO-2", "PRO-3", "PRO-4");
  }

  @Test
  void capacity_per_role_and_period_counts_the_demand_of_that_role_case_blind() {
    // Three developers: 1 alone (80) or 2+3 (110) or 2+4+... 2+3 = 3 devs, 110; 2+4 = 100.
    assertThat(
            solve(
                scenario(
                    Objective.SCORE, null, null, 3, List.of(), List.of(), List.of(), List.of())))
        .containsExactlyInAnyOrder("PRO-2", "PRO-3");
  }

  @Test
  void must_include_must_exclude_groups_and_prerequisites_are_kept() {
    assertThat(
            solve(
                scenario(
                    Objective.SCORE,
                    null,
                    90,
                    null,
                    List.of(1L),
                    List.of(2L),
                    List.of(),
                    List.of())))
        .containsExactlyInAnyOrder("PRO-1", "PRO-3");
    assertThat(
            solve(
                scenario(
                    Objective.SCORE,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(new ScenarioData.Group("Either", List.of(1L, 2L))),
                    List.of(new ScenarioData.Requirement(4L, 2L)))))
        .as("one of 1 and 2; 2+3+4 (150) beats 1+3 (130)")
        .containsExactlyInAnyOrder("PRO-2", "PRO-3", "PRO-4");
    assertThat(
            solve(
                scenario(
                    Objective.SCORE,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(2L),
                    List.of(),
                    List.of(new ScenarioData.Requirement(4L, 2L)))))
        .as("4 needs the excluded 2")
        .containsExactlyInAnyOrder("PRO-1", "PRO-3");
  }

  @Test
  void the_mix_normalises_score_and_npv() {
    Map<String, Double> values =
        SelectionModel.values(
            scenario(Objective.MIX, 0.5, null, null, List.of(), List.of(), List.of(), List.of()),
            FOUR);
    // Proposal 1: 0.5 * 80/80 + 0.5 * 100/300, times 100.
    assertThat(values.get("PRO-1"))
        .isCloseTo(100 * (0.5 + 0.5 / 3), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(values.get("PRO-2"))
        .isCloseTo(100 * (0.5 * 0.75 + 0.5), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void rules_naming_proposals_outside_the_candidates_are_rejected_with_their_field() {
    assertThatThrownBy(
            () ->
                SelectionModel.build(
                    scenario(
                        Objective.NPV,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new ScenarioData.Requirement(4L, 99L))),
                    FOUR))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("prerequisites[0].requiredId"));
  }
}
