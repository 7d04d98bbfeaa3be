package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.selection.Problems.candidate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioSelectorTest {

  private static final SolveOptions OPTIONS =
      SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20)).withWorkers(2);

  private static final List<Dimension> BUDGET = List.of(new Dimension("budget", 10));

  private static final List<Candidate> THREE =
      List.of(
          candidate("A", 10, "budget", 6),
          candidate("B", 7, "budget", 5),
          candidate("C", 6, "budget", 5));

  private static SelectionResult solve(
      List<Candidate> candidates,
      List<Dimension> dimensions,
      Set<String> include,
      Set<String> exclude,
      List<ExclusiveGroup> groups,
      List<Prerequisite> prerequisites) {
    return PortfolioSelector.solve(
        new SelectionProblem(candidates, dimensions, include, exclude, groups, prerequisites),
        OPTIONS);
  }

  @Test
  void capacityPicksTheBestFittingCombination() {
    SelectionResult r = PortfolioSelector.solve(SelectionProblem.of(THREE, BUDGET), OPTIONS);
    // A alone is worth 10, B+C together 13 for exactly the budget.
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(r.method()).isEqualTo(SolveMethod.CP_SAT);
    assertThat(r.selectedIds()).containsExactly("B", "C");
    assertThat(r.objectiveValue()).isEqualTo(13);
    assertThat(r.bestBound()).isEqualTo(13);
    assertThat(r.gapPercent()).isZero();
    assertThat(r.usage()).containsExactly(new DimensionUsage("budget", 10, 10));
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void everyDimensionIsRespected() {
    List<Candidate> candidates =
        List.of(
            candidate("A", 10, "budget", 6, "devs", 1),
            candidate("B", 7, "budget", 5, "devs", 3),
            candidate("C", 6, "budget", 5, "devs", 3));
    List<Dimension> dims = List.of(new Dimension("budget", 10), new Dimension("devs", 4));
    SelectionResult r = PortfolioSelector.solve(SelectionProblem.of(candidates, dims), OPTIONS);
    assertThat(r.selectedIds()).containsExactly("A");
    assertThat(r.usage().get(1).used()).isEqualTo(1);
  }

  @Test
  void mustIncludeIsHonouredEvenAtALoss() {
    SelectionResult r = solve(THREE, BUDGET, Set.of("A"), Set.of(), List.of(), List.of());
    assertThat(r.selectedIds()).containsExactly("A");
    assertThat(r.objectiveValue()).isEqualTo(10);
  }

  @Test
  void mustExcludeIsHonoured() {
    SelectionResult r = solve(THREE, BUDGET, Set.of(), Set.of("C"), List.of(), List.of());
    assertThat(r.selectedIds()).containsExactly("A");
  }

  @Test
  void exclusiveGroupAllowsAtMostOne() {
    SelectionResult r =
        solve(
            THREE,
            BUDGET,
            Set.of(),
            Set.of(),
            List.of(new ExclusiveGroup("one platform", Set.of("B", "C"))),
            List.of());
    assertThat(r.selectedIds()).containsExactly("A");
  }

  @Test
  void prerequisitesAreTransitive() {
    List<Candidate> candidates =
        List.of(
            candidate("base", 1, "budget", 4),
            candidate("mid", 1, "budget", 4),
            candidate("top", 50, "budget", 1),
            candidate("other", 20, "budget", 7));
    List<Prerequisite> chain =
        List.of(new Prerequisite("top", "mid"), new Prerequisite("mid", "base"));
    SelectionResult r =
        solve(
            candidates, List.of(new Dimension("budget", 10)), Set.of(), Set.of(), List.of(), chain);
    assertThat(r.selectedIds()).containsExactly("base", "mid", "top");
    assertThat(r.objectiveValue()).isEqualTo(52);
  }

  @Test
  void negativeValuesAreNeverChosenVoluntarily() {
    List<Candidate> candidates =
        List.of(candidate("loss", -5, "budget", 1), candidate("gain", 3, "budget", 1));
    SelectionResult r = solve(candidates, BUDGET, Set.of(), Set.of(), List.of(), List.of());
    assertThat(r.selectedIds()).containsExactly("gain");
  }

  @Test
  void fractionalValuesAndUsageAreScaledExactly() {
    // 0.1 + 0.2 exceeds 0.3 in binary floating point; decimal scaling must still accept it.
    List<Candidate> candidates =
        List.of(
            candidate("a", 1.0 / 3, "fte", 0.1),
            candidate("b", 2.0 / 3, "fte", 0.2),
            candidate("c", 0.9, "fte", 0.25));
    SelectionResult r =
        PortfolioSelector.solve(
            SelectionProblem.of(candidates, List.of(new Dimension("fte", 0.3))), OPTIONS);
    assertThat(r.selectedIds()).containsExactly("a", "b");
    assertThat(r.objectiveValue()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
  }

  @Test
  void largeMoneyAmountsWithCentsStayExact() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      candidates.add(
          candidate("p" + i, 1_000_000.01 * (i % 7 + 1), "budget", 250_000.25 * (i % 5 + 1)));
    }
    SelectionResult r =
        PortfolioSelector.solve(
            SelectionProblem.of(candidates, List.of(new Dimension("budget", 2_000_000.50))),
            OPTIONS);
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(r.usage().get(0).used()).isLessThanOrEqualTo(2_000_000.50 + 1e-6);
  }

  @Test
  void progressReportsImprovingValues() {
    List<Double> seen = new ArrayList<>();
    SolveOptions options = OPTIONS.withListener(p -> seen.add(p.objectiveValue()));
    SelectionResult r = PortfolioSelector.solve(SelectionProblem.of(THREE, BUDGET), options);
    assertThat(seen).isNotEmpty().isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(r.objectiveValue());
  }

  @Test
  void emptyProblemIsTriviallyOptimal() {
    SelectionResult r = PortfolioSelector.solve(SelectionProblem.of(List.of(), BUDGET), OPTIONS);
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(r.selectedIds()).isEmpty();
    assertThat(r.objectiveValue()).isZero();
  }
}
