package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.portfolio.ScenarioDemand;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.capacity.CapacityData.Demand;
import org.cairnpmo.resources.capacity.CapacityData.Member;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityReport.Cause;
import org.cairnpmo.resources.capacity.CapacityReport.CauseKind;
import org.cairnpmo.resources.capacity.CapacityReport.FreePerson;
import org.cairnpmo.resources.capacity.CapacityReport.Row;

/**
 * The rows of the capacity grid being summed: capacity and demand into the grouping asked for, and
 * per person for the bench. Kept apart from {@link CapacityService}, which gathers the pool, the
 * calendars and the demand they sum.
 */
final class CapacityRows {

  private CapacityRows() {}

  /**
   * Sums capacity and demand into the rows of the grouping asked for, and per person for the bench.
   */
  static final class Grouping {

    private final GroupBy groupBy;
    private final Map<Long, String> departments;
    private final Map<Long, String> roles;
    private final int periods;
    private final List<LocalDate> starts;
    private final Map<String, Acc> rows = new LinkedHashMap<>();
    private final Map<Long, Acc> people = new LinkedHashMap<>();
    private final Map<Long, List<String>> keysOf = new HashMap<>();
    private final boolean whatIf;

    Grouping(
        CapacityQuery query,
        CapacityData data,
        Map<Long, String> departments,
        CapacityGrid grid,
        List<LocalDate> starts,
        boolean whatIf) {
      this.groupBy = query.groupBy();
      this.whatIf = whatIf;
      this.starts = starts;
      int periods = starts.size();
      this.departments = departments;
      this.roles = data.roleNames();
      this.periods = periods;
      for (Member m : data.people()) {
        Acc person = new Acc("person:" + m.id(), m.name(), periods);
        person.member = m;
        person.department = departments.get(m.departmentId());
        person.role = m.roleId() == null ? null : roles.get(m.roleId());
        person.people = 1;
        String id = CapacityService.key(m);
        for (int k = 0; k < periods; k++) {
          person.capacity[k] = grid.capacity(id, k);
        }
        people.put(m.id(), person);
        List<String> keys = new ArrayList<>(2);
        for (Map.Entry<String, String> key : memberKeys(m).entrySet()) {
          Acc row = rows.computeIfAbsent(key.getKey(), k -> new Acc(k, key.getValue(), periods));
          row.people++;
          for (int k = 0; k < periods; k++) {
            row.capacity[k] += person.capacity[k];
          }
          keys.add(key.getKey());
        }
        keysOf.put(m.id(), keys);
      }
      if (groupBy == GroupBy.PERSON) {
        rows.clear();
        rows.putAll(
            people.values().stream()
                .collect(LinkedHashMap::new, (map, a) -> map.put(a.key, a), LinkedHashMap::putAll));
      }
    }

    /** The rows a person's capacity counts in, by key with their names. */
    private Map<String, String> memberKeys(Member m) {
      Map<String, String> keys = new LinkedHashMap<>();
      switch (groupBy) {
        case PERSON -> {}
        case ROLE -> keys.put(roleKey(m.roleId()), roleName(m.roleId()));
        case DEPARTMENT ->
            keys.put(
                m.departmentId() == null ? "department:none" : "department:" + m.departmentId(),
                m.departmentId() == null
                    ? "No department"
                    : departments.getOrDefault(m.departmentId(), "Department " + m.departmentId()));
        case SKILL -> m.skills().forEach(s -> keys.putIfAbsent(skillKey(s), s));
      }
      return keys;
    }

    private String roleKey(Long roleId) {
      return roleId == null ? "role:none" : "role:" + roleId;
    }

    private String roleName(Long roleId) {
      return roleId == null ? "No role" : roles.getOrDefault(roleId, "Role " + roleId);
    }

    private static String skillKey(String skill) {
      return "skill:" + skill.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds one request's hours to its person (for the bench) and to the rows it belongs to. */
    void add(Demand r, Member person, double[] hours, ProjectView project) {
      if (person != null && groupBy != GroupBy.PERSON) {
        // By person, the rows are these very sums.
        people.get(person.id()).addDemand(r, hours, project, person.name());
      }
      String name = person == null ? null : person.name();
      for (String key : demandKeys(r, person)) {
        Acc row = rows.get(key);
        if (row == null && groupBy != GroupBy.PERSON) {
          row =
              new Acc(
                  key,
                  groupBy == GroupBy.ROLE
                      ? roleName(r.roleId())
                      : r.skills().stream()
                          .filter(s -> skillKey(s).equals(key))
                          .findFirst()
                          .orElse(key),
                  periods);
          rows.put(key, row);
        }
        if (row != null) {
          row.addDemand(r, hours, project, name);
        }
      }
    }

    /**
     * Adds a scenario proposal's hours for a role to the role's row (grouped by role only: a
     * proposal names no person, skill or department); a role the catalog does not know gets a row
     * of its own, without capacity.
     */
    void addScenario(ScenarioDemand.Selected proposal, String role, Long roleId, double[] hours) {
      if (groupBy != GroupBy.ROLE) {
        return;
      }
      String key =
          roleId != null
              ? roleKey(roleId)
              : CapacityService.UNMAPPED + role.toLowerCase(Locale.ROOT);
      rows.computeIfAbsent(
              key,
              k ->
                  new Acc(
                      k,
                      roleId != null ? roleName(roleId) : role + " (not in the role catalog)",
                      periods))
          .addScenario(proposal, hours);
    }

    /**
     * The rows a request's hours count in: a booking always goes where its person is; a request not
     * decided yet goes to its role (or its person's), its skills, its person's department.
     */
    private List<String> demandKeys(Demand r, Member person) {
      if (groupBy == GroupBy.PERSON) {
        return person == null ? List.of() : List.of("person:" + person.id());
      }
      if (r.booked() && person != null) {
        return keysOf.getOrDefault(person.id(), List.of());
      }
      return switch (groupBy) {
        case ROLE ->
            r.roleId() != null
                ? List.of(roleKey(r.roleId()))
                : person == null ? List.of() : List.of(roleKey(person.roleId()));
        case SKILL -> {
          Set<String> keys = new java.util.LinkedHashSet<>();
          r.skills().forEach(s -> keys.add(skillKey(s)));
          yield List.copyOf(keys);
        }
        case DEPARTMENT -> person == null ? List.of() : keysOf.getOrDefault(person.id(), List.of());
        case PERSON -> List.of();
      };
    }

    List<Row> rows() {
      Comparator<Acc> order =
          groupBy == GroupBy.PERSON
              ? Comparator.comparing((Acc a) -> a.department == null ? "\uffff" : a.department)
                  .thenComparing(a -> a.role == null ? "\uffff" : a.role)
                  .thenComparing(a -> a.name, String.CASE_INSENSITIVE_ORDER)
                  .thenComparing(a -> a.key)
              : Comparator.comparing(
                      (Acc a) ->
                          a.key.endsWith(":none") || a.key.startsWith(CapacityService.UNMAPPED))
                  .thenComparing(a -> a.name, String.CASE_INSENSITIVE_ORDER)
                  .thenComparing(a -> a.key);
      return rows.values().stream().sorted(order).map(a -> a.row(whatIf)).toList();
    }

    List<FreePerson> bench() {
      List<FreePerson> out = new ArrayList<>();
      for (Acc p : people.values()) {
        for (int k = 0; k < periods; k++) {
          double cap = p.capacity[k];
          double load = p.booked[k] + p.requested[k];
          if (cap > CapacityGrid.TOLERANCE
              && load * 100 < cap * CapacityService.BENCH_BELOW_PERCENT) {
            out.add(
                new FreePerson(
                    p.member.id(),
                    p.name,
                    p.department,
                    p.role,
                    starts.get(k),
                    (int) Math.round(load * 100 / cap),
                    round(cap - load)));
            break;
          }
        }
      }
      out.sort(
          Comparator.comparing(FreePerson::freeFrom)
              .thenComparing(FreePerson::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    }
  }

  private static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }

  /** One row being summed. */
  private static final class Acc {
    final String key;
    final String name;
    final double[] capacity;
    final double[] booked;
    final double[] requested;
    final List<Cause> causes = new ArrayList<>();
    double[] hidden;
    double[] scenario;
    int people;
    String department;
    String role;
    Member member;

    Acc(String key, String name, int periods) {
      this.key = key;
      this.name = name;
      this.capacity = new double[periods];
      this.booked = new double[periods];
      this.requested = new double[periods];
    }

    void addDemand(Demand r, double[] hours, ProjectView project, String person) {
      sum(r.booked() ? booked : requested, hours);
      if (r.task() != null) {
        cause(
            CauseKind.PLANNED,
            null,
            project,
            person,
            r.task().taskId(),
            r.task().wbs() + " " + r.task().taskName(),
            hours);
        return;
      }
      cause(
          r.booked() ? CauseKind.BOOKED : CauseKind.REQUESTED,
          r.id(),
          project,
          person,
          null,
          null,
          hours);
    }

    void addScenario(ScenarioDemand.Selected proposal, double[] hours) {
      if (scenario == null) {
        scenario = new double[hours.length];
      }
      sum(scenario, hours);
      cause(
          CauseKind.SCENARIO,
          null,
          null,
          null,
          proposal.proposalId(),
          proposal.code() + " " + proposal.title(),
          hours);
    }

    private static void sum(double[] into, double[] hours) {
      for (int k = 0; k < hours.length; k++) {
        into[k] += hours[k];
      }
    }

    /**
     * Names what the hours come from, from its first to its last period with hours; a request or
     * task of a project the viewer may not see (no {@code project}) joins the merged other
     * commitments instead. A scenario's proposal names no project.
     */
    private void cause(
        CauseKind kind,
        Long requestId,
        ProjectView project,
        String person,
        Long sourceId,
        String source,
        double[] hours) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < hours.length; k++) {
        if (hours[k] > 0) {
          last = k;
          if (first < 0) {
            first = k;
          }
        }
      }
      if (first < 0) {
        return;
      }
      if (project == null && kind != CauseKind.SCENARIO) {
        if (hidden == null) {
          hidden = new double[hours.length];
        }
        for (int k = first; k <= last; k++) {
          hidden[k] += hours[k];
        }
        return;
      }
      double[] own = new double[last - first + 1];
      for (int k = first; k <= last; k++) {
        own[k - first] = round(hours[k]);
      }
      causes.add(
          new Cause(
              kind,
              requestId,
              project == null ? null : project.id(),
              project == null ? null : project.code(),
              person,
              sourceId,
              source,
              first,
              own));
    }

    Row row(boolean whatIf) {
      int n = capacity.length;
      Integer[] load = new Integer[n];
      boolean[] over = new boolean[n];
      double[] cap = new double[n];
      double[] book = new double[n];
      double[] ask = new double[n];
      double[] added = whatIf ? new double[n] : null;
      for (int k = 0; k < n; k++) {
        double extra = scenario == null ? 0 : scenario[k];
        double demand = booked[k] + requested[k] + extra;
        if (added != null) {
          added[k] = round(extra);
        }
        load[k] =
            capacity[k] > CapacityGrid.TOLERANCE
                ? (int) Math.round(demand * 100 / capacity[k])
                : null;
        over[k] = demand > capacity[k] + CapacityGrid.TOLERANCE;
        cap[k] = round(capacity[k]);
        book[k] = round(booked[k]);
        ask[k] = round(requested[k]);
      }
      List<Cause> all = new ArrayList<>(causes);
      if (hidden != null) {
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
          h[k] = round(hidden[k]);
        }
        all.add(new Cause(CauseKind.OTHER_COMMITMENTS, null, null, null, null, null, null, 0, h));
      }
      return new Row(key, name, department, role, people, cap, book, ask, added, load, over, all);
    }
  }
}
