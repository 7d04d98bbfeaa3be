package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over random problems: every schedule keeps the precedences, releases and fixed starts and never
 * exceeds a capacity; the heuristic never beats the lower bound; optimizing is never worse than the
 * heuristic.
 */
class RcpspPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void the_heuristic_is_feasible_and_never_below_the_lower_bound(long seed) {
    RcpspProblem problem = RandomProblems.generate(new Random(seed), 40, 3);
    LevelingOptions options = LevelingOptions.heuristic().withSchedules(300).withSeed(seed);
    RcpspSolution heuristic = RcpspSolver.solve(problem, options);
    RandomProblems.assertFeasible(problem, heuristic);
    RandomProblems.assertFeasible(problem, RcpspSolver.baseline(problem));
    assertThat(heuristic.makespan()).isGreaterThanOrEqualTo(heuristic.lowerBound());
    assertThat(heuristic.lowerBound()).isGreaterThanOrEqualTo(heuristic.criticalPathBound());
    assertThat(heuristic.makespan()).isLessThanOrEqualTo(RcpspSolver.baseline(problem).makespan());
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26})
  void optimizing_is_feasible_and_never_worse_than_the_heuristic(long seed) {
    RcpspProblem problem = RandomProblems.generate(new Random(seed), 12, 2);
    RcpspSolution heuristic =
        RcpspSolver.solve(problem, LevelingOptions.heuristic().withSchedules(200));
    RcpspSolution optimized =
        RcpspSolver.solve(
            problem, LevelingOptions.optimize(Duration.ofSeconds(2)).withSchedules(200));
    RandomProblems.assertFeasible(problem, optimized);
    assertThat(optimized.makespan()).isLessThanOrEqualTo(heuristic.makespan());
    assertThat(heuristic.makespan()).isGreaterThanOrEqualTo(optimized.lowerBound());
    if (optimized.optimal()) {
      assertThat(optimized.lowerBound()).isEqualTo(optimized.makespan());
    }
  }
}
