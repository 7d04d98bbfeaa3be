package org.cairnpmo.resources.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.TaskDemand;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.capacity.CapacityData.Demand;

/**
 * Plan tasks' requirements as demand, each piece of work counted once. A requirement of a person (a
 * plan resource linked to a user of the pool) or of a role (a plan role whose name is a catalog
 * role's name or other name) counts on the days of its task that no request of the same project for
 * the same person, or the same role, covers: a request is how a project asks for the people its
 * plan needs, so where there is one it stands for the plan, whatever its hours. Units are full-time
 * people: one unit is a full week of the organization's calendar every week of the task. A plan
 * person not in the pool, or a plan role the catalog does not know, is not counted.
 */
final class PlanLoad {

  private PlanLoad() {}

  static List<Demand> uncovered(List<TaskDemand> tasks, CapacityData data, double fullWeek) {
    Map<String, List<LocalDate[]>> covered = new HashMap<>();
    for (Demand r : data.requests()) {
      LocalDate[] days = {r.firstDay(), r.lastDay()};
      if (r.personId() != null) {
        covered
            .computeIfAbsent(key(r.projectId(), "person", r.personId()), k -> new ArrayList<>())
            .add(days);
      }
      if (r.roleId() != null) {
        covered
            .computeIfAbsent(key(r.projectId(), "role", r.roleId()), k -> new ArrayList<>())
            .add(days);
      }
    }
    List<Demand> out = new ArrayList<>();
    for (TaskDemand t : tasks) {
      Long personId =
          t.kind() == ResourceKind.PERSON && t.userId() != null
              ? data.personByUser().get(t.userId())
              : null;
      Long roleId = t.kind() == ResourceKind.ROLE ? data.roleNamed(t.resourceName()) : null;
      if (personId == null && roleId == null) {
        continue;
      }
      String key =
          personId != null
              ? key(t.projectId(), "person", personId)
              : key(t.projectId(), "role", roleId);
      double hoursPerWeek = t.units().doubleValue() * fullWeek;
      for (LocalDate[] free :
          without(t.firstDay(), t.lastDay(), covered.getOrDefault(key, List.of()))) {
        out.add(
            new Demand(
                t.taskId(),
                t.projectId(),
                roleId,
                personId,
                hoursPerWeek,
                free[0],
                free[1],
                RequestStatus.REQUESTED,
                List.of(),
                t));
      }
    }
    return out;
  }

  private static String key(long projectId, String kind, long id) {
    return projectId + ":" + kind + ":" + id;
  }

  /** The days from {@code first} to {@code last} outside every range of {@code taken}. */
  static List<LocalDate[]> without(LocalDate first, LocalDate last, List<LocalDate[]> taken) {
    List<LocalDate[]> free = new ArrayList<>();
    free.add(new LocalDate[] {first, last});
    for (LocalDate[] cut : taken) {
      List<LocalDate[]> next = new ArrayList<>();
      for (LocalDate[] range : free) {
        if (cut[1].isBefore(range[0]) || cut[0].isAfter(range[1])) {
          next.add(range);
          continue;
        }
        if (cut[0].isAfter(range[0])) {
          next.add(new LocalDate[] {range[0], cut[0].minusDays(1)});
        }
        if (cut[1].isBefore(range[1])) {
          next.add(new LocalDate[] {cut[1].plusDays(1), range[1]});
        }
      }
      free = next;
    }
    return free;
  }
}
