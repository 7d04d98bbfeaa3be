package org.cairnpmo.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.WorkingCalendar;

/**
 * A task's duration, work and cost as baselines keep them and variances compare them. A task's work
 * is, over its requirements, units × its duration in minutes; its cost is work × the resource's
 * hourly rate (unknown when no requirement has a rate). A summary task's work and cost are its
 * children's sums, its duration the working time from its start to its finish on the plan's
 * calendar.
 */
final class TaskFigures {

  record Figures(long durationMinutes, long workMinutes, BigDecimal cost) {}

  private TaskFigures() {}

  static Map<Long, Figures> of(
      List<PlanTask> tasks,
      List<TaskRequirement> requirements,
      List<PlanResource> resources,
      WorkingCalendar planCalendar) {
    Map<Long, PlanResource> resourceById = new HashMap<>();
    resources.forEach(r -> resourceById.put(r.getId(), r));
    Map<Long, PlanTask> taskById = new HashMap<>();
    tasks.forEach(t -> taskById.put(t.getId(), t));
    Map<Long, long[]> work = new HashMap<>();
    Map<Long, BigDecimal> cost = new HashMap<>();
    for (TaskRequirement requirement : requirements) {
      PlanTask task = taskById.get(requirement.getTaskId());
      PlanResource resource = resourceById.get(requirement.getResourceId());
      if (task == null || resource == null || task.isSummary()) {
        continue;
      }
      BigDecimal minutes =
          requirement.getUnits().multiply(BigDecimal.valueOf(task.getDurationMinutes()));
      work.computeIfAbsent(task.getId(), k -> new long[1])[0] +=
          minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
      if (resource.getCostRate() != null) {
        BigDecimal amount =
            minutes
                .multiply(resource.getCostRate())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        cost.merge(task.getId(), amount, BigDecimal::add);
      }
    }
    Map<Long, Figures> figures = new HashMap<>();
    // Tasks are in outline order: children come after their parent, so sum from the bottom up.
    for (int i = tasks.size() - 1; i >= 0; i--) {
      PlanTask task = tasks.get(i);
      long duration =
          !task.isSummary()
              ? task.getDurationMinutes()
              : task.getStartAt() == null || task.getFinishAt() == null
                  ? 0
                  : Math.max(0, planCalendar.workBetween(task.getStartAt(), task.getFinishAt()));
      long[] summed = work.get(task.getId());
      long taskWork = summed == null ? 0 : summed[0];
      BigDecimal taskCost = cost.get(task.getId());
      figures.put(task.getId(), new Figures(duration, taskWork, taskCost));
      Long parentId = task.getParentId();
      if (parentId != null) {
        work.computeIfAbsent(parentId, k -> new long[1])[0] += taskWork;
        if (taskCost != null) {
          cost.merge(parentId, taskCost, BigDecimal::add);
        }
      }
    }
    return figures;
  }
}
