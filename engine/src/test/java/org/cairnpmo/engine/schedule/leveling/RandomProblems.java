package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random leveling problems and the checks every solution must pass. */
final class RandomProblems {

  private RandomProblems() {}

  /**
   * Activities of 0 to 9 periods on {@code resources} resources, distances of any sign to earlier
   * activities, some releases, fixed starts and priorities.
   */
  static RcpspProblem generate(Random random, int n, int resources) {
    RcpspProblem.Builder b = RcpspProblem.builder(resources);
    for (int r = 0; r < resources; r++) {
      b.capacity(r, 2 + random.nextInt(6));
    }
    for (int i = 0; i < n; i++) {
      int[] demand = new int[resources];
      for (int r = 0; r < resources; r++) {
        demand[r] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(4);
      }
      b.activity(random.nextInt(10), demand);
      if (random.nextInt(8) == 0) {
        b.release(i, random.nextInt(15));
      }
      if (random.nextInt(15) == 0) {
        b.fix(i, random.nextInt(20));
      }
      if (random.nextInt(5) == 0) {
        b.priority(i, random.nextInt(3));
      }
      for (int k = 0; k < 2 && i > 0; k++) {
        if (random.nextBoolean()) {
          b.distance(random.nextInt(i), i, random.nextInt(12) - 3);
        }
      }
    }
    return b.build();
  }

  /** Every distance into a free activity, every release and fixed start, every capacity. */
  static void assertFeasible(RcpspProblem p, RcpspSolution s) {
    int end = 0;
    for (int i = 0; i < p.activities(); i++) {
      end = Math.max(end, s.start(i) + p.duration(i));
      if (p.isFixed(i)) {
        assertThat(s.start(i)).as("fixed %d", i).isEqualTo(p.fixedStart(i));
        continue;
      }
      assertThat(s.start(i)).as("release of %d", i).isGreaterThanOrEqualTo(p.release(i));
      for (int[] arc : successorsInto(p, i)) {
        assertThat(s.start(i))
            .as("%d after %d", i, arc[0])
            .isGreaterThanOrEqualTo(s.start(arc[0]) + arc[1]);
      }
    }
    assertThat(s.makespan()).isEqualTo(end);
    for (int r = 0; r < p.resources(); r++) {
      for (int t = 0; t < end; t++) {
        int fixedLoad = 0;
        int freeLoad = 0;
        for (int i = 0; i < p.activities(); i++) {
          if (s.start(i) <= t && t < s.start(i) + p.duration(i)) {
            if (p.isFixed(i)) {
              fixedLoad += p.demand(i, r);
            } else {
              freeLoad += p.demand(i, r);
            }
          }
        }
        if (freeLoad > 0) {
          assertThat(fixedLoad + freeLoad)
              .as("resource %d at %d", r, t)
              .isLessThanOrEqualTo(p.capacity(r));
        }
      }
    }
  }

  private static List<int[]> successorsInto(RcpspProblem p, int j) {
    List<int[]> into = new java.util.ArrayList<>();
    for (int i = 0; i < p.activities(); i++) {
      for (int[] arc : p.successors(i)) {
        if (arc[0] == j) {
          into.add(new int[] {i, arc[1]});
        }
      }
    }
    return into;
  }

  /** The free activities in a random order that respects the precedences among them. */
  static int[] shuffledTopologically(RcpspProblem p, int[] free, Random random) {
    int[] waiting = new int[p.n];
    for (int j : free) {
      for (int i : p.pred[j]) {
        if (!p.isFixed(i)) {
          waiting[j]++;
        }
      }
    }
    List<Integer> ready = new ArrayList<>();
    for (int j : free) {
      if (waiting[j] == 0) {
        ready.add(j);
      }
    }
    int[] out = new int[free.length];
    for (int k = 0; k < out.length; k++) {
      int i = ready.remove(random.nextInt(ready.size()));
      out[k] = i;
      for (int j : p.succ[i]) {
        if (!p.isFixed(j) && --waiting[j] == 0) {
          ready.add(j);
        }
      }
    }
    return out;
  }
}
