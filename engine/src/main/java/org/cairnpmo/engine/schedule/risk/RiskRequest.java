package org.cairnpmo.engine.schedule.risk;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;

/**
 * A Monte Carlo analysis of a plan: the plan as the scheduler reads it, three-point estimates by
 * task id (tasks without one keep their duration), how many iterations, the seed (the same seed
 * gives the same result, whatever the number of threads) and how many threads to use (0: one per
 * processor).
 */
public record RiskRequest(
    ScheduleRequest plan, Map<String, Estimate> estimates, int iterations, long seed, int threads) {

  /** The most iterations an analysis runs. */
  public static final int MAX_ITERATIONS = 1_000_000;

  public RiskRequest {
    if (plan == null) {
      throw new InvalidScheduleException("A risk analysis needs a plan");
    }
    estimates = estimates == null ? Map.of() : Map.copyOf(estimates);
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new InvalidScheduleException(
          "A risk analysis runs 1 to " + MAX_ITERATIONS + " iterations, not " + iterations);
    }
    if (threads < 0) {
      throw new InvalidScheduleException("The number of threads cannot be negative");
    }
    Set<String> ids = new HashSet<>();
    plan.tasks().stream().map(ScheduleTask::id).forEach(ids::add);
    for (String id : estimates.keySet()) {
      if (!ids.contains(id)) {
        throw new InvalidScheduleException("An estimate names the unknown task " + id);
      }
    }
  }

  public static RiskRequest of(
      ScheduleRequest plan, Map<String, Estimate> estimates, int iterations, long seed) {
    return new RiskRequest(plan, estimates, iterations, seed, 0);
  }

  public RiskRequest withThreads(int newThreads) {
    return new RiskRequest(plan, estimates, iterations, seed, newThreads);
  }
}
