package org.cairnpmo.engine.schedule.leveling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Levels an {@link RcpspProblem}: {@link #baseline} is the one-pass leveler of the desktop tools,
 * {@link #solve} the heuristic search and, in {@link LevelingMode#OPTIMIZE}, CP-SAT after it. The
 * result never exceeds a capacity (beyond what fixed activities already use), respects every
 * distance into a free activity and every release, and never moves a fixed activity.
 */
public final class RcpspSolver {

  private RcpspSolver() {}

  /** One serial pass, the activity of least total slack first (MS Project's leveling). */
  public static RcpspSolution baseline(RcpspProblem problem) {
    long began = System.nanoTime();
    Bounds bounds = new Bounds(problem);
    ListSearch search = new ListSearch(problem, bounds);
    ListSearch.Individual one = search.minimumSlack();
    return solution(problem, bounds, one.starts(), one.makespan(), bounds.lower, false, 1, began);
  }

  public static RcpspSolution solve(RcpspProblem problem, LevelingOptions options) {
    long began = System.nanoTime();
    Bounds bounds = new Bounds(problem);
    ListSearch search = new ListSearch(problem, bounds);
    long limit = options.timeLimit().toNanos();
    // Half the time to the heuristic, whose best schedule is CP-SAT's hint and bound: on twenty
    // J120 instances a tenth ended 0.7 points further above the best known makespans; on J30, J60
    // and 120 J120 instances the two splits are equal within the noise of a shared machine.
    long heuristicNanos = options.mode() == LevelingMode.OPTIMIZE ? limit / 2 : limit;
    ListSearch.Individual best =
        search.search(options.schedules(), began + heuristicNanos, new Random(options.seed()));
    int[] starts = best.starts();
    int makespan = best.makespan();
    boolean optimal = makespan <= bounds.lower;
    int lower = bounds.lower;
    boolean anyFree = false;
    for (int i = 0; i < problem.n; i++) {
      anyFree |= !problem.isFixed(i);
    }
    if (options.mode() == LevelingMode.OPTIMIZE && !optimal && anyFree) {
      double seconds = (limit - (System.nanoTime() - began)) / 1e9;
      CpSatLeveling.Outcome cp =
          CpSatLeveling.solve(
              problem,
              bounds,
              starts,
              makespan,
              seconds,
              options.effectiveWorkers(),
              (int) options.seed());
      lower = Math.max(lower, cp.bound());
      if (cp.starts() != null && cp.makespan() <= makespan) {
        starts = leftShifted(problem, search, cp.starts(), cp.makespan());
        makespan = cp.makespan();
      }
      optimal = cp.optimal() || makespan <= lower;
    }
    return solution(
        problem,
        bounds,
        starts,
        makespan,
        Math.min(lower, makespan),
        optimal,
        search.schedules(),
        began);
  }

  /** CP-SAT's schedule decoded in its start order: no start later, nothing left idle. */
  private static int[] leftShifted(RcpspProblem p, ListSearch search, int[] starts, int makespan) {
    int[] free =
        IntStream.range(0, p.n)
            .filter(i -> !p.isFixed(i))
            .boxed()
            .sorted(Comparator.comparingInt((Integer i) -> starts[i]).thenComparingInt(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    ListSearch.Individual decoded = search.decode(free);
    return decoded.makespan() <= makespan ? decoded.starts() : starts;
  }

  private static RcpspSolution solution(
      RcpspProblem p,
      Bounds bounds,
      int[] starts,
      int makespan,
      int lower,
      boolean optimal,
      int schedules,
      long began) {
    List<Integer> list = new ArrayList<>(p.n);
    List<Integer> missed = new ArrayList<>();
    for (int i = 0; i < p.n; i++) {
      list.add(starts[i]);
      if (p.deadline[i] >= 0 && starts[i] + p.duration[i] > p.deadline[i]) {
        missed.add(i);
      }
    }
    return new RcpspSolution(
        list,
        makespan,
        lower,
        bounds.criticalPath,
        optimal,
        schedules,
        missed,
        (System.nanoTime() - began) / 1e9);
  }
}
