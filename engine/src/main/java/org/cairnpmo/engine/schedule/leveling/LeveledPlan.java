package org.cairnpmo.engine.schedule.leveling;

import java.util.List;
import org.cairnpmo.engine.schedule.Schedule;

/**
 * The plan before and after leveling, side by side: both schedules, the delay of every task that
 * moved, the over-allocations before and after, the tasks that alone need more than a resource has
 * (reported, levelled as if they needed all of it), and the solver's figures in units of {@code
 * unitMinutes} working minutes of the project calendar.
 */
public record LeveledPlan(
    Schedule before,
    Schedule leveled,
    List<TaskDelay> delays,
    List<OverAllocation> overAllocatedBefore,
    List<OverAllocation> overAllocatedAfter,
    List<String> overDemanding,
    RcpspSolution solution,
    long unitMinutes) {

  public LeveledPlan {
    delays = List.copyOf(delays);
    overAllocatedBefore = List.copyOf(overAllocatedBefore);
    overAllocatedAfter = List.copyOf(overAllocatedAfter);
    overDemanding = List.copyOf(overDemanding);
  }
}
