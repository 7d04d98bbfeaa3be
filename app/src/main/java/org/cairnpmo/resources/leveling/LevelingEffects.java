package org.cairnpmo.resources.leveling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.leveling.ProjectLeveling;
import org.cairnpmo.engine.schedule.leveling.TaskDelay;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.leveling.LevelingLimits.ProjectLimit;
import org.cairnpmo.resources.leveling.LevelingPreview.ProjectEffect;
import org.cairnpmo.resources.leveling.LevelingPreview.TaskMove;
import org.springframework.stereotype.Component;

/**
 * One project's side of a leveling as people read it: the plan's tasks by name and outline number
 * instead of the engine's ids, delays in working days, the milestones that slip.
 */
@Component
record LevelingEffects(PlanningApi planning) {

  ProjectEffect of(
      ProjectView project,
      ProjectLimit limit,
      PlanView plan,
      ProjectLeveling leveled,
      CurrentUser me) {
    Map<String, TaskView> tasks = new HashMap<>();
    planning.allTasks(project.id(), null, me).forEach(t -> tasks.put(Long.toString(t.id()), t));
    List<TaskMove> moves = new ArrayList<>();
    for (TaskDelay delay : leveled.delays()) {
      TaskView task = tasks.get(delay.taskId());
      if (task == null || delay.delayMinutes() == 0) {
        continue;
      }
      ScheduledTask before = leveled.before().task(delay.taskId());
      ScheduledTask after = leveled.leveled().task(delay.taskId());
      moves.add(
          new TaskMove(
              task.id(),
              task.wbs(),
              task.name(),
              task.milestone(),
              task.milestone() && task.keyMilestoneId() != null,
              before.start(),
              after.start(),
              before.finish(),
              after.finish(),
              days(delay.delayMinutes())));
    }
    List<String> held = new ArrayList<>();
    for (String id : leveled.heldByLimit()) {
      TaskView task = tasks.get(id);
      if (task != null) {
        held.add(task.wbs() + " " + task.name());
      }
    }
    return new ProjectEffect(
        project.id(),
        project.code(),
        project.name(),
        limit.mayMove(),
        limit.delayDays(),
        plan.version(),
        leveled.before().projectFinish(),
        leveled.leveled().projectFinish(),
        days(leveled.finishDelayMinutes()),
        moves,
        moves.stream().filter(TaskMove::milestone).toList(),
        held);
  }

  /** Working minutes as working days of eight hours, to a tenth. */
  static BigDecimal days(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(Span.MINUTES_PER_DAY), 1, RoundingMode.HALF_UP);
  }
}
