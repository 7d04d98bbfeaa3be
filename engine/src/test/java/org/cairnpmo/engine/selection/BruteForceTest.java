package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random small problems checked against enumeration of all subsets. */
class BruteForceTest {

  private static final SolveOptions OPTIONS =
      SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20)).withWorkers(2);

  @RepeatedTest(60)
  void exactSolverMatchesEnumeration(RepetitionInfo info) {
    Random rnd = new Random(1000 + info.getCurrentRepetition());
    SelectionProblem problem = Problems.random(rnd, 4 + rnd.nextInt(11));
    double best = Problems.bruteForce(problem);
    SelectionResult r = PortfolioSelector.solve(problem, OPTIONS);
    SelectionResult greedy = GreedySelector.solve(problem);
    LpBound lp = LpRelaxation.solve(problem);

    if (Double.isNaN(best)) {
      assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
      assertThat(r.conflicts()).isNotEmpty();
      assertThat(greedy.status()).isEqualTo(SolveStatus.INFEASIBLE);
      return;
    }
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(r.objectiveValue()).isCloseTo(best, offset(1e-9));
    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();

    assertThat(greedy.status()).isNotEqualTo(SolveStatus.INFEASIBLE);
    assertThat(Problems.feasible(problem, greedy.selectedIds())).isTrue();
    assertThat(greedy.objectiveValue()).isLessThanOrEqualTo(best + 1e-9);

    assertThat(lp.feasible()).isTrue();
    assertThat(lp.value()).isGreaterThanOrEqualTo(best - 1e-6);
  }
}
