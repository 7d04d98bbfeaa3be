package org.cairnpmo.engine.schedule.leveling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.Scheduler;

/**
 * Levels a plan of the scheduler: delays tasks so that no resource carries more than its capacity,
 * and returns the plan before and after.
 *
 * <p>Time is counted in working minutes of the project calendar from the project start, in the
 * largest unit that measures every time of the plan exactly (see {@link CombinedLeveling}). Which
 * tasks never move and how links become start distances is {@link PlanPart}'s. The delays found
 * become start-no-earlier-than constraints and the plan is scheduled again with {@link Scheduler},
 * so calendars and links stay exact; the over-allocations after are measured on that schedule.
 * {@link PortfolioLeveler} levels the people that several plans share in the same way.
 */
public final class ResourceLeveler {

  private ResourceLeveler() {}

  /** Levels the plan; see the class description. */
  public static LeveledPlan level(LevelingRequest request, LevelingOptions options) {
    Map<String, Long> capacities = Loads.capacities(request);
    PlanPart plan = new PlanPart(request, task -> false);
    List<ResourceCapacity> resources = request.capacities();
    Map<String, Integer> index = new HashMap<>();
    long[] capacity = new long[resources.size()];
    for (int r = 0; r < resources.size(); r++) {
      index.put(resources.get(r).resourceId(), r);
      capacity[r] = capacities.get(resources.get(r).resourceId());
    }
    CombinedLeveling.Result result =
        new CombinedLeveling(
                List.of(new CombinedLeveling.Part(plan, index, request::priority)), capacity)
            .solve(options);
    Schedule leveled = result.schedules().get(0);
    return new LeveledPlan(
        plan.before,
        leveled,
        plan.delays(leveled),
        Loads.overAllocations(plan.before, request),
        Loads.overAllocations(leveled, request),
        result.overDemanding(),
        result.solution(),
        result.unit());
  }

  /**
   * Where the plan as it is scheduled now asks more of a resource than it has: the over-allocations
   * before leveling, without leveling.
   */
  public static List<OverAllocation> overAllocations(LevelingRequest request) {
    Loads.capacities(request);
    return Loads.overAllocations(Scheduler.schedule(request.plan()), request);
  }
}
