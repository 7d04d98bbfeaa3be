package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Capacity limits taken from the resource pool for the roles and periods the candidates' demand
 * names: the hours of the pool's people with each role less what is booked, in the unit of the
 * candidates' demand for that role and period.
 *
 * @param available whether a module provides the pool's hours; without one nothing is filled
 * @param lines one per role and period the candidates need, with the figures behind the limit
 * @param unmappedRoles roles of the candidates' demand the pool's role catalog does not know; they
 *     get no limit
 */
public record PoolCapacity(boolean available, List<Line> lines, List<String> unmappedRoles) {

  static final PoolCapacity NONE = new PoolCapacity(false, List.of(), List.of());

  /**
   * A limit filled from the pool.
   *
   * @param poolRole the catalog's role the proposals' role stands for
   * @param unit FTE (hours over a full-time person's hours in the period) or HOURS, as the
   *     candidates' demand for the role and period is counted
   * @param freeHours capacity less booked, never below zero
   * @param limit free hours in the unit, rounded down to two decimals
   */
  public record Line(
      String role,
      String poolRole,
      String period,
      String unit,
      double capacityHours,
      double bookedHours,
      double freeHours,
      BigDecimal limit) {}

  /** The limits as the scenario takes them. */
  public List<ScenarioData.CapacityLimit> limits() {
    return lines.stream()
        .map(l -> new ScenarioData.CapacityLimit(l.role(), l.period(), l.limit()))
        .toList();
  }

  /**
   * {@code current} with the pool's limits in place of those for the same role and period (the role
   * ignoring case), the others kept, the pool's added after them.
   */
  public List<ScenarioData.CapacityLimit> mergedInto(List<ScenarioData.CapacityLimit> current) {
    Map<String, ScenarioData.CapacityLimit> out = new LinkedHashMap<>();
    for (ScenarioData.CapacityLimit c : current) {
      out.put(key(c.role(), c.period()), c);
    }
    for (ScenarioData.CapacityLimit c : limits()) {
      out.put(key(c.role(), c.period()), c);
    }
    return new ArrayList<>(out.values());
  }

  static String key(String role, String period) {
    return role.trim().toLowerCase(Locale.ROOT) + "|" + period.trim();
  }
}
