package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ScenarioDemand;
import org.cairnpmo.resources.capacity.CapacityReport.UnmappedRole;
import org.cairnpmo.resources.capacity.CapacityReport.WhatIf;
import org.cairnpmo.resources.capacity.CapacityReport.WhatIfProposal;

/**
 * A selection scenario's proposals as demand on the grid. A proposal names a role (matched to the
 * catalog by name or other name, ignoring case) and an amount for a year or a quarter: FTE is that
 * many full weeks of the organization's calendar every week of the period; hours are spread over
 * the period's working hours by the same calendar. Either is then spread over the days like a
 * request that names only a role, and the part inside the window counts.
 */
final class ScenarioLoad {

  /** Where the hours of one line go. */
  interface Sink {
    void add(ScenarioDemand.Selected proposal, String role, Long roleId, double[] hours);
  }

  /** Spreads hours per week over the window by the organization's calendar. */
  interface Spread {
    double[] hours(LocalDate first, LocalDate last, double hoursPerWeek);
  }

  private ScenarioLoad() {}

  static WhatIf add(
      ScenarioDemand demand,
      CapacityData data,
      OrganizationWeek week,
      CapacityQuery query,
      Spread spread,
      Sink sink) {
    List<WhatIfProposal> proposals = new ArrayList<>();
    Map<String, String> unmappedNames = new LinkedHashMap<>();
    Map<String, Double> unmappedHours = new LinkedHashMap<>();
    Map<String, Set<String>> unmappedBy = new LinkedHashMap<>();
    List<String> unreadable = new ArrayList<>();
    for (ScenarioDemand.Selected p : demand.proposals()) {
      double total = 0;
      for (ProposalApproved.Demand line : p.demand()) {
        LocalDate first = line.from().isBefore(query.from()) ? query.from() : line.from();
        LocalDate last = line.to().isAfter(query.to()) ? query.to() : line.to();
        Long roleId = data.roleNamed(line.role());
        double[] hours =
            last.isBefore(first)
                ? new double[0]
                : spread.hours(first, last, hoursPerWeek(line, week));
        double sum = 0;
        for (double h : hours) {
          sum += h;
        }
        total += sum;
        if (roleId == null) {
          String key = line.role().strip().toLowerCase(Locale.ROOT);
          unmappedNames.putIfAbsent(key, line.role().strip());
          unmappedHours.merge(key, sum, Double::sum);
          unmappedBy.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.code());
        }
        if (sum > 0) {
          sink.add(p, line.role().strip(), roleId, hours);
        }
      }
      p.unreadable().forEach(u -> unreadable.add(p.code() + " " + u));
      proposals.add(new WhatIfProposal(p.proposalId(), p.code(), p.title(), round(total)));
    }
    List<UnmappedRole> unmapped = new ArrayList<>();
    unmappedNames.forEach(
        (key, name) ->
            unmapped.add(
                new UnmappedRole(
                    name, round(unmappedHours.get(key)), List.copyOf(unmappedBy.get(key)))));
    return new WhatIf(
        demand.scenarioId(),
        demand.name(),
        demand.committed(),
        demand.runId(),
        demand.outdated(),
        proposals,
        unmapped,
        unreadable);
  }

  /** A line's amount as hours per full week over its whole period. */
  static double hoursPerWeek(ProposalApproved.Demand line, OrganizationWeek week) {
    double amount = line.amount().doubleValue();
    if ("HOURS".equals(line.unit())) {
      double working = week.hoursBetween(line.from(), line.to());
      return working > 0 ? amount * week.hours() / working : 0;
    }
    return amount * week.hours();
  }

  private static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }
}
