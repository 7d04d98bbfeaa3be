package org.cairnpmo.engine.schedule.leveling;

import java.util.List;

/**
 * The portfolio before and after leveling its shared people: each project's outcome in the order
 * asked, the over-allocations of the people before and after (summed over every project), and the
 * solver's figures of the last run in units of {@code unitMinutes} working minutes of the first
 * project's calendar.
 */
public record PortfolioLeveling(
    List<ProjectLeveling> projects,
    List<OverAllocation> overAllocatedBefore,
    List<OverAllocation> overAllocatedAfter,
    RcpspSolution solution,
    long unitMinutes) {

  public PortfolioLeveling {
    projects = List.copyOf(projects);
    overAllocatedBefore = List.copyOf(overAllocatedBefore);
    overAllocatedAfter = List.copyOf(overAllocatedAfter);
  }
}
