package org.cairnpmo.engine.selection;

import java.util.List;

/**
 * Chooses the best portfolio: diagnosis, LP relaxation, greedy start, then CP-SAT with the greedy
 * answer as hint. The greedy answer is returned only when CP-SAT finds nothing in time (or the
 * search is cancelled first).
 */
public final class PortfolioSelector {

  private PortfolioSelector() {}

  public static SelectionResult solve(SelectionProblem problem) {
    return solve(problem, SolveOptions.defaults());
  }

  public static SelectionResult solve(SelectionProblem problem, SolveOptions options) {
    return solve(new IndexedProblem(problem), options, null);
  }

  /** {@code warmStart}: a known feasible selection (e.g. the previous frontier point), or null. */
  static SelectionResult solve(IndexedProblem p, SolveOptions options, boolean[] warmStart) {
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
    incumbent.offer(warmStart, SolveMethod.GREEDY);

    boolean cancelled = options.cancelled().getAsBoolean();
    CpSatSearch.Outcome outcome = null;
    if (!cancelled) {
      double seconds = (deadline - System.nanoTime()) / 1e9;
      outcome =
          CpSatSearch.run(
              p,
              incumbent.best(),
              null,
              new CpSatSearch.Settings(
                  seconds, options.effectiveWorkers(), options.randomSeed(), options.cancelled()),
              (x, bound) -> {
                incumbent.tightenBound(bound);
                incumbent.offer(x, SolveMethod.CP_SAT);
              });
      incumbent.tightenBound(outcome.bound());
      incumbent.offer(outcome.best(), SolveMethod.CP_SAT);
      cancelled = outcome.cancelled();
    }
    boolean proven = outcome != null && outcome.proven() && !cancelled;
    boolean[] best = incumbent.best();
    if (proven && outcome.best() != null && p.value(outcome.best()) >= incumbent.value()) {
      best = outcome.best();
    }
    SolveMethod method =
        outcome != null && outcome.best() != null ? SolveMethod.CP_SAT : incumbent.method();
    return Results.feasible(p, best, proven, method, incumbent.bound(), start, cancelled);
  }
}
