package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EfficientFrontierTest {

  private static final SolveOptions OPTIONS =
      SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(10)).withWorkers(2);

  @Test
  void valuesGrowWithBudgetAndMarginalProjectsExplainTheSteps() {
    Random rnd = new Random(7);
    SelectionProblem problem = Problems.random(rnd, 12);
    String budget = problem.dimensions().get(0).name();
    List<FrontierPoint> frontier = EfficientFrontier.compute(problem, budget, 8, OPTIONS);

    assertThat(frontier).hasSize(8);
    BudgetRange range = EfficientFrontier.budgetRange(problem, budget);
    assertThat(frontier.get(0).budget()).isEqualTo(range.min());
    assertThat(frontier.get(7).budget()).isEqualTo(range.max());
    List<String> previous = List.of();
    double previousValue = Double.NEGATIVE_INFINITY;
    for (FrontierPoint point : frontier) {
      assertThat(point.result().status()).isEqualTo(SolveStatus.OPTIMAL);
      assertThat(point.value()).isGreaterThanOrEqualTo(previousValue);
      assertThat(point.value())
          .isCloseTo(
              Problems.bruteForce(problem.withCapacity(budget, point.budget())), offset(1e-9));
      Set<String> rebuilt = new HashSet<>(previous);
      rebuilt.removeAll(point.leaving());
      rebuilt.addAll(point.entering());
      assertThat(rebuilt).containsExactlyInAnyOrderElementsOf(point.result().selectedIds());
      previous = point.result().selectedIds();
      previousValue = point.value();
    }
  }

  @Test
  void explicitLevelsBelowTheMandatoryUseAreInfeasible() {
    List<Candidate> candidates =
        List.of(
            Problems.candidate("keep", 5, "budget", 3),
            Problems.candidate("big", 9, "budget", 6),
            Problems.candidate("small", 4, "budget", 2));
    SelectionProblem problem =
        new SelectionProblem(
            candidates,
            List.of(new Dimension("budget", 100)),
            Set.of("keep"),
            Set.of(),
            List.of(),
            List.of());
    List<FrontierPoint> frontier =
        EfficientFrontier.compute(problem, "budget", List.of(9.0, 2.0, 5.0, 11.0), OPTIONS);

    assertThat(frontier).extracting(FrontierPoint::budget).containsExactly(2.0, 5.0, 9.0, 11.0);
    assertThat(frontier.get(0).result().status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(frontier.get(1).result().selectedIds()).containsExactly("keep", "small");
    // At 9 the big project displaces the small one.
    assertThat(frontier.get(2).result().selectedIds()).containsExactly("keep", "big");
    assertThat(frontier.get(2).entering()).containsExactly("big");
    assertThat(frontier.get(2).leaving()).containsExactly("small");
    assertThat(frontier.get(3).entering()).containsExactly("small");
    assertThat(frontier.get(3).value()).isEqualTo(18);
  }

  @Test
  void evenLevelsIncludeBothEnds() {
    assertThat(EfficientFrontier.evenLevels(10, 20, 3)).containsExactly(10.0, 15.0, 20.0);
    assertThat(EfficientFrontier.evenLevels(10, 20, 1)).containsExactly(20.0);
    List<Double> many = new ArrayList<>(EfficientFrontier.evenLevels(0, 1, 11));
    assertThat(many).hasSize(11).isSorted();
  }
}
