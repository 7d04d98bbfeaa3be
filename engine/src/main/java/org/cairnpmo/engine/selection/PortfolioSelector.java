package org.cairnpmo.engine.selection;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Chooses the best portfolio.
 *
 * <ol>
 *   <li>Diagnosis: contradictory rules are reported without search.
 *   <li>LP relaxation (bound, dual prices) and the greedy heuristic (first incumbent, hint).
 *   <li>CP-SAT on the full model with the incumbent as hint. Small and medium problems end here,
 *       proven optimal.
 *   <li>For problems without groups or prerequisites, CP-SAT first gets a share of the time ({@link
 *       #EXACT_SHARE}); if it has not proven optimality by then, the remaining time goes to the
 *       genetic search on the LP core ({@link CoreHeuristic}), which finds much better solutions
 *       than CP-SAT on large multidimensional knapsacks.
 * </ol>
 *
 * The greedy answer is returned only when nothing better is found in time (or the search is
 * cancelled first).
 */
public final class PortfolioSelector {

  /** Share of the time limit CP-SAT gets before the core heuristic takes over. */
  static final double EXACT_SHARE = 0.1;

  private PortfolioSelector() {}

  public static SelectionResult solve(SelectionProblem problem) {
    return solve(problem, SolveOptions.defaults());
  }

  public static SelectionResult solve(SelectionProblem problem, SolveOptions options) {
    return solve(new IndexedProblem(problem), options, null, null);
  }

  /**
   * @param warmStart a known feasible selection (e.g. the previous frontier point), or null
   * @param warmMethod the method that found it
   */
  static SelectionResult solve(
      IndexedProblem p, SolveOptions options, boolean[] warmStart, SolveMethod warmMethod) {
    long start = System.nanoTime();
    long deadline = start + options.timeLimit().toNanos();
    List<Conflict> conflicts = Diagnosis.conflicts(p);
    if (!conflicts.isEmpty()) {
      return Results.infeasible(p, conflicts, start);
    }
    Incumbent incumbent = new Incumbent(p, options.listener(), start);
    LpRelaxation.Solution lp = LpRelaxation.solve(p);
    if (lp.feasible()) {
      incumbent.tightenBound(lp.value());
    }
    long greedyBudget = Math.min(options.timeLimit().toNanos() / 10, 1_000_000_000L);
    boolean[] greedy =
        GreedySelector.select(p, lp.feasible() ? lp.prices() : null, start + greedyBudget);
    incumbent.offer(greedy, SolveMethod.GREEDY);
    incumbent.offer(warmStart, warmMethod);

    boolean heuristic = lp.feasible() && CoreHeuristic.applies(p);
    // The share is taken from the time left now, so that loading the native library (about a
    // second on the first call in a JVM) does not starve CP-SAT.
    long now = System.nanoTime();
    long exactDeadline = heuristic ? now + (long) ((deadline - now) * EXACT_SHARE) : deadline;
    BooleanSupplier cancelled = options.cancelled();
    boolean wasCancelled = cancelled.getAsBoolean();
    CpSatSearch.Outcome outcome = null;
    if (!wasCancelled) {
      outcome =
          CpSatSearch.run(
              p,
              incumbent.best(),
              new CpSatSearch.Settings(
                  (exactDeadline - System.nanoTime()) / 1e9,
                  options.effectiveWorkers(),
                  options.randomSeed(),
                  cancelled),
              (x, bound) -> {
                incumbent.tightenBound(bound);
                incumbent.offer(x, SolveMethod.CP_SAT);
              });
      incumbent.tightenBound(outcome.bound());
      incumbent.offer(outcome.best(), SolveMethod.CP_SAT);
      wasCancelled = outcome.cancelled();
    }
    boolean proven = outcome != null && outcome.proven() && !wasCancelled;
    if (heuristic && !proven && !wasCancelled && System.nanoTime() < deadline) {
      CoreHeuristic.run(
          p,
          lp,
          incumbent,
          options.effectiveWorkers(),
          deadline,
          () -> cancelled.getAsBoolean() || reachedBound(incumbent),
          options.randomSeed());
      wasCancelled = cancelled.getAsBoolean();
      proven = reachedBound(incumbent);
    }
    // A proof comes from CP-SAT even when the proven selection was first found by a heuristic.
    SolveMethod method =
        proven && outcome != null && outcome.proven() ? SolveMethod.CP_SAT : incumbent.method();
    return Results.feasible(
        p, incumbent.best(), proven, method, incumbent.bound(), start, wasCancelled);
  }

  private static boolean reachedBound(Incumbent incumbent) {
    double bound = incumbent.bound();
    double value = incumbent.value();
    return value >= bound - 1e-9 * Math.max(1.0, Math.abs(bound));
  }
}
