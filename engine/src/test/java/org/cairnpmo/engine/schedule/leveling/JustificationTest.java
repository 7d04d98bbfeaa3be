package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forward-backward improvement over random problems and random lists: the right shift keeps every
 * distance, release, fixed start and capacity and never ends later than the schedule it shifts, and
 * decoding its start order (the left shift) is feasible too. On problems as PSPLIB has them (finish
 * to start, no priorities, releases or fixed activities) the left shift is never longer either;
 * with priorities or leads it may be, which is why the search keeps it only when it is shorter.
 */
class JustificationTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void justification_keeps_every_distance_and_capacity(long seed) {
    Random random = new Random(seed);
    justify(RandomProblems.generate(random, 30, 3), random, false);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void justification_never_lengthens_a_finish_to_start_schedule(long seed) {
    Random random = new Random(seed);
    justify(finishToStart(random, 30, 4), random, true);
  }

  private static void justify(RcpspProblem problem, Random random, boolean neverLonger) {
    ListSearch search = new ListSearch(problem, new Bounds(problem));
    SerialSgs sgs = new SerialSgs(problem);
    for (int round = 0; round < 20; round++) {
      int[] list =
          search.inPriorityOrder(RandomProblems.shuffledTopologically(problem, sgs.free(), random));
      int makespan = sgs.decode(list);
      RandomProblems.assertFeasible(problem, solution(problem, sgs.start));

      int[] leftOrder = sgs.rightShiftedOrder();
      RcpspSolution rightShifted = solution(problem, sgs.start);
      RandomProblems.assertFeasible(problem, rightShifted);
      assertThat(rightShifted.makespan()).isLessThanOrEqualTo(makespan);

      int leftShifted = sgs.decode(search.inPriorityOrder(leftOrder));
      RandomProblems.assertFeasible(problem, solution(problem, sgs.start));
      if (neverLonger) {
        assertThat(leftShifted).isLessThanOrEqualTo(makespan);
      }
    }
  }

  /** Activities linked finish to start, each to one or two earlier ones, as in PSPLIB. */
  private static RcpspProblem finishToStart(Random random, int n, int resources) {
    RcpspProblem.Builder b = RcpspProblem.builder(resources);
    for (int r = 0; r < resources; r++) {
      b.capacity(r, 4 + random.nextInt(8));
    }
    int[] duration = new int[n];
    for (int i = 0; i < n; i++) {
      int[] demand = new int[resources];
      for (int r = 0; r < resources; r++) {
        demand[r] = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(4);
      }
      duration[i] = 1 + random.nextInt(10);
      b.activity(duration[i], demand);
      for (int k = 0; k < 2 && i > 0; k++) {
        if (random.nextBoolean()) {
          int from = random.nextInt(i);
          b.distance(from, i, duration[from]);
        }
      }
    }
    return b.build();
  }

  private static RcpspSolution solution(RcpspProblem p, int[] starts) {
    List<Integer> list = new ArrayList<>();
    int end = 0;
    for (int i = 0; i < p.n; i++) {
      list.add(starts[i]);
      end = Math.max(end, starts[i] + p.duration[i]);
    }
    return new RcpspSolution(list, end, 0, 0, false, 1, List.of(), 0);
  }
}
