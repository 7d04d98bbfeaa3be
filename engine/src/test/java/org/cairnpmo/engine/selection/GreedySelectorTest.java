package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class GreedySelectorTest {

  @RepeatedTest(200)
  void alwaysFeasibleWhenTheProblemIs(RepetitionInfo info) {
    Random rnd = new Random(info.getCurrentRepetition());
    SelectionProblem problem = Problems.random(rnd, 5 + rnd.nextInt(60));
    SelectionResult r = GreedySelector.solve(problem);
    boolean feasible = Diagnosis.conflicts(new IndexedProblem(problem)).isEmpty();
    if (!feasible) {
      assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
      return;
    }
    assertThat(r.method()).isEqualTo(SolveMethod.GREEDY);
    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();
    assertThat(r.objectiveValue()).isLessThanOrEqualTo(r.bestBound() + 1e-6);
    assertThat(r.selectedIds()).containsAll(problem.mustInclude());
  }

  @Test
  void closeToOptimalOnAHardKnapsack() {
    SelectionProblem problem = CancellationTest.hard(9);
    SelectionResult r = GreedySelector.solve(problem);
    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();
    assertThat(r.gapPercent()).isLessThan(3.0);
  }
}
