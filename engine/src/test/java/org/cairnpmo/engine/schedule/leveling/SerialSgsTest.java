package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schedule generation scheme against a plain reference that tries every start one period at a
 * time on a profile it rebuilds from scratch: the skips over windows that cannot fit, the partial
 * reset of the profile and the counting sorts must give exactly the same starts, forward and in the
 * right shift, over many schedules decoded one after the other by the same instance.
 */
class SerialSgsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void decoding_and_the_right_shift_match_a_period_by_period_reference(long seed) {
    Random random = new Random(seed);
    RcpspProblem problem = RandomProblems.generate(random, 25 + random.nextInt(20), 3);
    SerialSgs sgs = new SerialSgs(problem);
    for (int round = 0; round < 15; round++) {
      int[] list = RandomProblems.shuffledTopologically(problem, sgs.free(), random);
      Reference reference = new Reference(problem);
      int makespan = sgs.decode(list);
      reference.decode(list);
      assertThat(sgs.start).as("decoded starts, round %d", round).containsExactly(reference.start);
      assertThat(makespan).isEqualTo(reference.makespan());

      int[] order = sgs.rightShiftedOrder();
      reference.rightShift();
      assertThat(sgs.start)
          .as("right-shifted starts, round %d", round)
          .containsExactly(reference.start);
      assertThat(order).containsExactly(reference.byStart(sgs.free()));
    }
  }

  /** The scheme as the textbook states it, one period at a time; load is the free work only. */
  private static final class Reference {
    private final RcpspProblem p;
    private final int[][] load;
    final int[] start;

    Reference(RcpspProblem p) {
      this.p = p;
      int horizon = 0;
      for (int i = 0; i < p.n; i++) {
        horizon += p.duration[i] + Math.max(0, p.fixedStart[i]) + Math.max(0, p.release[i]);
        for (int d : p.predDistance[i]) {
          horizon += Math.max(0, d);
        }
      }
      load = new int[p.resources][horizon + 1];
      start = new int[p.n];
      for (int i = 0; i < p.n; i++) {
        if (p.isFixed(i)) {
          start[i] = p.fixedStart[i];
        }
      }
    }

    void decode(int[] list) {
      for (int j : list) {
        int t = p.release[j];
        for (int k = 0; k < p.pred[j].length; k++) {
          t = Math.max(t, start[p.pred[j][k]] + p.predDistance[j][k]);
        }
        while (!fits(j, t)) {
          t++;
        }
        start[j] = t;
        add(j, 1);
      }
    }

    void rightShift() {
      int end = makespan();
      Integer[] byFinish =
          IntStream.range(0, p.n).filter(i -> !p.isFixed(i)).boxed().toArray(Integer[]::new);
      Arrays.sort(
          byFinish,
          Comparator.comparingInt((Integer i) -> start[i] + p.duration[i]).thenComparing(i -> i));
      for (int k = byFinish.length - 1; k >= 0; k--) {
        int j = byFinish[k];
        add(j, -1);
        int t = end - p.duration[j];
        for (int s = 0; s < p.succ[j].length; s++) {
          if (!p.isFixed(p.succ[j][s])) {
            t = Math.min(t, start[p.succ[j][s]] - p.succDistance[j][s]);
          }
        }
        while (t > start[j] && !fits(j, t)) {
          t--;
        }
        start[j] = Math.max(t, start[j]);
        add(j, 1);
      }
    }

    int[] byStart(int[] free) {
      return Arrays.stream(free)
          .boxed()
          .sorted(Comparator.comparingInt((Integer i) -> start[i]).thenComparing(i -> i))
          .mapToInt(Integer::intValue)
          .toArray();
    }

    int makespan() {
      int end = 0;
      for (int i = 0; i < p.n; i++) {
        end = Math.max(end, start[i] + p.duration[i]);
      }
      return end;
    }

    /** Whether j fits at t: fixed work over a capacity leaves nothing, not less, for the rest. */
    private boolean fits(int j, int t) {
      for (int r = 0; r < p.resources; r++) {
        int need = p.demand[j][r];
        for (int tau = t; tau < t + p.duration[j] && need > 0; tau++) {
          if (Math.max(0, p.capacity[r] - fixedLoad(r, tau)) - load[r][tau] < need) {
            return false;
          }
        }
      }
      return true;
    }

    private int fixedLoad(int r, int tau) {
      int units = 0;
      for (int i = 0; i < p.n; i++) {
        if (p.isFixed(i) && tau >= start[i] && tau < start[i] + p.duration[i]) {
          units += p.demand[i][r];
        }
      }
      return units;
    }

    private void add(int i, int sign) {
      for (int r = 0; r < p.resources; r++) {
        for (int tau = start[i]; tau < start[i] + p.duration[i]; tau++) {
          load[r][tau] += sign * p.demand[i][r];
        }
      }
    }
  }
}
