package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The genetic search renews a converged population and stays reproducible and feasible. */
class ListSearchTest {

  @Test
  void a_converged_population_is_renewed_and_the_same_seed_still_gives_the_same_schedule() {
    RcpspProblem problem = RandomProblems.generate(new Random(11), 40, 3);
    Bounds bounds = new Bounds(problem);
    ListSearch first = new ListSearch(problem, bounds);
    ListSearch second = new ListSearch(problem, bounds);
    long noDeadline = System.nanoTime() + 60_000_000_000L;

    ListSearch.Individual a = first.search(10000, noDeadline, new Random(5));
    ListSearch.Individual b = second.search(10000, noDeadline, new Random(5));

    if (a.makespan() > bounds.lower) {
      assertThat(first.restarts()).isPositive();
    }
    assertThat(a.starts()).containsExactly(b.starts());
    assertThat(first.schedules()).isEqualTo(second.schedules());
    List<Integer> starts = IntStream.of(a.starts()).boxed().toList();
    RandomProblems.assertFeasible(
        problem, new RcpspSolution(starts, a.makespan(), 0, 0, false, 1, List.of(), 0));
  }

  @Test
  void renewing_never_loses_the_best_schedule_found_before() {
    RcpspProblem problem = RandomProblems.generate(new Random(12), 40, 3);
    Bounds bounds = new Bounds(problem);
    long noDeadline = System.nanoTime() + 60_000_000_000L;
    int previous = Integer.MAX_VALUE;
    for (int budget : new int[] {500, 2000, 6000}) {
      ListSearch search = new ListSearch(problem, bounds);
      int makespan = search.search(budget, noDeadline, new Random(5)).makespan();
      assertThat(makespan).isLessThanOrEqualTo(previous);
      previous = makespan;
    }
  }
}
