package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.portfolio.RoleCapacity;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityQuery.PeriodKind;
import org.springframework.stereotype.Component;

/**
 * The pool's hours per role for the portfolio's selection scenarios: the capacity grid by role and
 * month, one grid per calendar year the periods touch (a grid covers at most two years), summed
 * into the scenario's years and quarters. Booked is what the grid books: accepted and approved
 * requests of the people with the role. A role is matched to the catalog by name or other name,
 * ignoring case.
 */
@Component
record PoolRoleCapacity(CapacityService capacity, CapacityReader reader, PlanningApi planning)
    implements RoleCapacity {

  @Override
  public List<RoleHours> hours(Collection<String> roles, List<Span> periods, CurrentUser viewer) {
    Map<Long, String> names = reader.roleNames();
    Map<String, Long> byName = reader.roleByName(names);
    Map<Integer, CapacityReport> years = new TreeMap<>();
    for (Span p : periods) {
      for (int y = p.from().getYear(); y <= p.to().getYear(); y++) {
        int year = y;
        years.computeIfAbsent(year, k -> grid(year, viewer));
      }
    }
    OrganizationWeek week = new OrganizationWeek(planning.organizationCalendar());
    List<RoleHours> out = new ArrayList<>();
    for (String role : roles) {
      Long id = byName.get(role.strip().toLowerCase(Locale.ROOT));
      for (Span p : periods) {
        double cap = 0;
        double booked = 0;
        if (id != null) {
          for (Map.Entry<Integer, CapacityReport> year : years.entrySet()) {
            CapacityReport grid = year.getValue();
            CapacityReport.Row row = row(grid, "role:" + id);
            for (int k = 0; row != null && k < grid.periods().size(); k++) {
              LocalDate start = grid.periods().get(k).start();
              // A year's grid runs into the next January, which the next year's grid counts.
              if (start.getYear() == year.getKey()
                  && !start.isBefore(p.from())
                  && !start.isAfter(p.to())) {
                cap += row.capacity()[k];
                booked += row.booked()[k];
              }
            }
          }
        }
        out.add(
            new RoleHours(
                role,
                id == null ? null : names.get(id),
                p.label(),
                cap,
                booked,
                week.hoursBetween(p.from(), p.to())));
      }
    }
    return out;
  }

  /** The calendar year's grid by role and month, from the first of January. */
  private CapacityReport grid(int year, CurrentUser viewer) {
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    return capacity.report(
        new CapacityQuery(first, (days + 6) / 7, GroupBy.ROLE, PeriodKind.MONTH), viewer);
  }

  private static CapacityReport.Row row(CapacityReport grid, String key) {
    for (CapacityReport.Row row : grid.rows()) {
      if (row.key().equals(key)) {
        return row;
      }
    }
    return null;
  }
}
