package org.cairnpmo.engine.staffing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Staffs many open requests at once: each request to at most one person, maximizing Σ priority ×
 * fit, never booking anyone beyond their free hours in any period.
 *
 * <ol>
 *   <li>Pairs: for each request, the people who pass its hard rules and have room for all of it
 *       alone. Their best fits give a first bound.
 *   <li>Greedy: highest priority first, each request to the best-fitting person with room; then
 *       local moves (a request to a better-fitting person with room; an open request in place of up
 *       to three others that move to other people) while they gain.
 *   <li>CP-SAT on the whole model with the greedy proposal as hint, within the time limit.
 *   <li>The local moves again on CP-SAT's best, so any request still open that fits is added.
 *   <li>Explanations: why each person, and why each open request stays open.
 * </ol>
 *
 * The fit of an assignment is the {@link FitScore} with full availability, so it equals the score
 * {@link Suggestions} gives a person who is free for the whole request.
 */
public final class StaffingOptimizer {

  private StaffingOptimizer() {}

  public static StaffingResult solve(StaffingProblem problem) {
    return solve(problem, StaffingOptions.defaults());
  }

  public static StaffingResult solve(StaffingProblem problem, StaffingOptions options) {
    long start = System.nanoTime();
    long deadline = start + options.timeLimit().toNanos();
    // Loading OR-Tools takes seconds on a busy machine the first time: do it while indexing.
    Thread loader = new Thread(NativeLibrary::ensureLoaded, "or-tools-loader");
    loader.setDaemon(true);
    loader.start();
    IndexedStaffing p = new IndexedStaffing(problem);
    StaffingIncumbent incumbent = new StaffingIncumbent(p, options.listener(), start);
    int[] greedy = GreedyStaffing.solve(p);
    incumbent.offer(greedy, StaffingMethod.GREEDY);
    // Time kept for the explanations and for CP-SAT stopping late on a busy machine.
    long reserve = options.timeLimit().toNanos() / 5;
    // A deterministic run lets the local search converge (every move gains, so it ends).
    boolean deterministic = options.workLimit() != null;
    long improveUntil =
        deterministic
            ? Long.MAX_VALUE
            : Math.min(deadline - reserve, System.nanoTime() + options.timeLimit().toNanos() / 20);
    if (GreedyStaffing.improve(p, greedy, improveUntil)) {
      incumbent.offer(greedy, StaffingMethod.GREEDY);
    }

    BooleanSupplier cancelled = options.cancelled();
    boolean wasCancelled = cancelled.getAsBoolean();
    boolean proven = reachedBound(incumbent);
    if (!wasCancelled && !proven && p.pairCount > 0) {
      CpSatStaffing.Outcome outcome =
          CpSatStaffing.run(
              p,
              incumbent.best(),
              new CpSatStaffing.Settings(
                  deadline - reserve,
                  options.effectiveWorkers(),
                  options.randomSeed(),
                  options.workLimit(),
                  cancelled),
              (x, bound) -> {
                incumbent.tightenBound(bound);
                incumbent.offer(x, StaffingMethod.CP_SAT);
              });
      incumbent.tightenBound(outcome.bound());
      incumbent.offer(outcome.best(), StaffingMethod.CP_SAT);
      wasCancelled = outcome.cancelled();
      proven = outcome.proven() && !wasCancelled;
    }
    int[] best = incumbent.best();
    if (!proven && GreedyStaffing.improve(p, best, deterministic ? Long.MAX_VALUE : deadline)) {
      incumbent.offer(best, incumbent.method());
      best = incumbent.best();
    }
    double value = p.value(best);
    double bound = proven ? value : Math.max(value, incumbent.bound());
    double gap = StaffingResult.gapPercent(value, bound);
    StaffingStatus status = proven || gap == 0.0 ? StaffingStatus.OPTIMAL : StaffingStatus.FEASIBLE;

    Explanations why = new Explanations(p, best);
    List<Assignment> assignments = new ArrayList<>();
    List<Unstaffed> unstaffed = new ArrayList<>();
    for (int r = 0; r < p.requests; r++) {
      if (best[r] >= 0) {
        assignments.add(why.assignment(r));
      } else {
        unstaffed.add(why.unstaffed(r));
      }
    }
    return new StaffingResult(
        status,
        incumbent.method(),
        assignments,
        unstaffed,
        value,
        bound,
        status == StaffingStatus.OPTIMAL ? 0.0 : gap,
        Duration.ofNanos(System.nanoTime() - start),
        wasCancelled);
  }

  private static boolean reachedBound(StaffingIncumbent incumbent) {
    double bound = incumbent.bound();
    return incumbent.value() >= bound - 1e-9 * Math.max(1.0, Math.abs(bound));
  }
}
