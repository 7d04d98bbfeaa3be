package org.cairnpmo.engine.schedule.leveling;

import java.util.List;

/**
 * A levelled schedule: the start of every activity (by number), the makespan, the lower bound (the
 * largest of the critical-path bound, the energy bound and CP-SAT's bound), the critical-path bound
 * alone, whether the makespan is proven optimal, how many schedules the heuristic made, the
 * activities that finish after their deadline, and the seconds it took.
 */
public record RcpspSolution(
    List<Integer> starts,
    int makespan,
    int lowerBound,
    int criticalPathBound,
    boolean optimal,
    int schedules,
    List<Integer> missedDeadlines,
    double seconds) {

  public RcpspSolution {
    starts = List.copyOf(starts);
    missedDeadlines = List.copyOf(missedDeadlines);
  }

  public int start(int activity) {
    return starts.get(activity);
  }

  /** {@code (makespan - lowerBound) / makespan}: 0 when proven optimal. */
  public double gap() {
    return makespan == 0 ? 0 : (makespan - lowerBound) / (double) makespan;
  }
}
