package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.TaskView;

/**
 * Where the plan asks more of a resource than it has: per working day, the units of every task on
 * it that runs that day, against its maximum units; consecutive days over the maximum at the same
 * load make one period.
 */
final class ResourceLoads {

  /** A period in which a resource is over-allocated. */
  record Over(
      String resource, LocalDate from, LocalDate to, BigDecimal load, BigDecimal capacity) {}

  private ResourceLoads() {}

  static List<Over> overAllocations(
      List<TaskView> tasks,
      List<RequirementView> requirements,
      List<ResourceView> resources,
      PlanWeek week) {
    Map<Long, TaskView> byId =
        tasks.stream().collect(Collectors.toMap(TaskView::id, Function.identity()));
    List<Over> found = new ArrayList<>();
    for (ResourceView resource : resources) {
      TreeMap<LocalDate, BigDecimal> load = new TreeMap<>();
      for (RequirementView r : requirements) {
        TaskView t = byId.get(r.taskId());
        if (r.resourceId() != resource.id() || t == null || t.start() == null || t.milestone()) {
          continue;
        }
        LocalDate last = t.finish() == null ? t.start().toLocalDate() : t.finish().toLocalDate();
        for (LocalDate d = t.start().toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
          if (!week.nonWorking().contains(d.getDayOfWeek())) {
            load.merge(d, r.units(), BigDecimal::add);
          }
        }
      }
      periods(resource, load, found);
    }
    return found;
  }

  private static void periods(
      ResourceView resource, TreeMap<LocalDate, BigDecimal> load, List<Over> found) {
    Over open = null;
    for (Map.Entry<LocalDate, BigDecimal> day : load.entrySet()) {
      boolean over = day.getValue().compareTo(resource.maxUnits()) > 0;
      boolean continues =
          open != null
              && over
              && open.load().compareTo(day.getValue()) == 0
              && !open.to().plusDays(3).isBefore(day.getKey());
      if (continues) {
        open = new Over(open.resource(), open.from(), day.getKey(), open.load(), open.capacity());
        continue;
      }
      if (open != null) {
        found.add(open);
        open = null;
      }
      if (over) {
        open =
            new Over(
                resource.name(), day.getKey(), day.getKey(), day.getValue(), resource.maxUnits());
      }
    }
    if (open != null) {
      found.add(open);
    }
  }
}
