package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.RoleCapacity;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.PeriodLabel;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks {@link RoleCapacity}, when a module provides it, for the pool's hours of each role and
 * period the candidates' demand names, and turns them into capacity limits in the unit of that
 * demand: hours as they are, FTE as hours over a full-time person's hours in the period. A role and
 * period the candidates count in both units is filled in FTE, the unit of most proposals.
 */
@Component
record PoolLimits(ObjectProvider<RoleCapacity> pool) {

  PoolCapacity of(List<ProposalCandidate> chosen, CurrentUser viewer) {
    RoleCapacity capacity = pool.getIfAvailable();
    if (capacity == null) {
      return PoolCapacity.NONE;
    }
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, PeriodLabel> periods = new java.util.TreeMap<>();
    Map<String, DemandUnit> units = new LinkedHashMap<>();
    for (ProposalCandidate c : chosen) {
      for (ProposalData.ResourceDemand d : c.resourceDemand()) {
        PeriodLabel period = PeriodLabel.parse(d.period()).orElse(null);
        if (period == null) {
          continue;
        }
        String role = d.role().trim();
        roles.putIfAbsent(role.toLowerCase(java.util.Locale.ROOT), role);
        periods.putIfAbsent(period.label(), period);
        DemandUnit unit = d.unit() == null ? DemandUnit.FTE : d.unit();
        units.merge(
            PoolCapacity.key(role, period.label()), unit, (a, b) -> a == b ? a : DemandUnit.FTE);
      }
    }
    if (units.isEmpty()) {
      return new PoolCapacity(true, List.of(), List.of());
    }
    List<RoleCapacity.Span> spans =
        periods.values().stream()
            .map(p -> new RoleCapacity.Span(p.label(), p.firstDay(), p.lastDay()))
            .toList();
    List<PoolCapacity.Line> lines = new ArrayList<>();
    Set<String> unmapped = new LinkedHashSet<>();
    for (RoleCapacity.RoleHours h : capacity.hours(roles.values(), spans, viewer)) {
      DemandUnit unit = units.get(PoolCapacity.key(h.role(), h.period()));
      if (unit == null) {
        continue;
      }
      if (h.poolRole() == null) {
        unmapped.add(h.role());
        continue;
      }
      double free = h.free();
      double amount = unit == DemandUnit.HOURS ? free : h.fullTime() > 0 ? free / h.fullTime() : 0;
      lines.add(
          new PoolCapacity.Line(
              h.role(),
              h.poolRole(),
              h.period(),
              unit.name(),
              round(h.capacity()),
              round(h.booked()),
              round(free),
              BigDecimal.valueOf(amount)
                  .setScale(6, RoundingMode.HALF_UP)
                  .setScale(2, RoundingMode.DOWN)));
    }
    return new PoolCapacity(true, List.copyOf(lines), List.copyOf(unmapped));
  }

  private static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }
}
