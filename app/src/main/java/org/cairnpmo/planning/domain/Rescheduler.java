package org.cairnpmo.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.engine.schedule.Conflict;
import org.cairnpmo.engine.schedule.DependencyCycleException;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.planning.ConflictKind;
import org.cairnpmo.planning.ConflictView;
import org.cairnpmo.planning.TaskMove;
import org.cairnpmo.platform.InvalidInputException;

/**
 * Schedules a plan with the engine and stores what it computed: each task's dates, floats and
 * critical flags, the plan's finish and its conflicts. A dependency cycle refuses the change that
 * made it, naming the tasks in it; a constraint or deadline the dates cannot meet is kept as a
 * conflict of the plan, never dropped.
 */
final class Rescheduler {

  private Rescheduler() {}

  /** What one run moved and found. */
  record Outcome(
      LocalDateTime start,
      LocalDateTime finish,
      List<TaskMove> moved,
      List<ConflictView> conflicts,
      Map<Long, LocalDate> keyMilestones) {}

  static Outcome run(PlanContext context) {
    Outline outline = context.outline();
    outline.renumber();
    List<PlanTask> tasks = context.tasks();
    Plan plan = context.plan();
    Schedule schedule = schedule(plan, tasks, context.links(), context.calendars());
    Map<String, ScheduledTask> dates =
        schedule.tasks().stream().collect(Collectors.toMap(ScheduledTask::id, Function.identity()));
    List<TaskMove> moved = new ArrayList<>();
    Map<Long, LocalDate> keyMilestones = new HashMap<>();
    for (PlanTask task : tasks) {
      ScheduledTask computed = dates.get(PlanNetwork.key(task.getId()));
      LocalDateTime oldStart = task.getStartAt();
      LocalDateTime oldFinish = task.getFinishAt();
      task.schedule(
          new ScheduledDates(
              computed.summary(),
              computed.start(),
              computed.finish(),
              computed.earlyStart(),
              computed.earlyFinish(),
              computed.lateStart(),
              computed.lateFinish(),
              computed.totalFloat(),
              computed.freeFloat(),
              computed.critical(),
              computed.nearCritical()));
      if (!Objects.equals(oldStart, computed.start())
          || !Objects.equals(oldFinish, computed.finish())) {
        moved.add(
            new TaskMove(
                task.getId(),
                task.getWbs(),
                task.getName(),
                oldStart,
                oldFinish,
                computed.start(),
                computed.finish()));
      }
      if (task.getKeyMilestoneId() != null && computed.finish() != null) {
        keyMilestones.put(task.getKeyMilestoneId(), computed.finish().toLocalDate());
      }
    }
    List<StoredConflict> stored = new ArrayList<>();
    for (Conflict conflict : schedule.conflicts()) {
      stored.add(
          new StoredConflict(
              Long.parseLong(conflict.taskId()),
              ConflictKind.valueOf(conflict.kind().name()),
              conflict.message()));
    }
    plan.scheduled(schedule.projectFinish(), stored, context.now());
    return new Outcome(
        schedule.projectStart(),
        schedule.projectFinish(),
        moved,
        conflictViews(stored, tasks),
        keyMilestones);
  }

  private static Schedule schedule(
      Plan plan, List<PlanTask> tasks, List<PlanLink> links, CalendarBook calendars) {
    try {
      return Scheduler.schedule(PlanNetwork.request(plan, tasks, links, calendars));
    } catch (DependencyCycleException e) {
      throw new DependencyCycle("links", cycleMessage(e.cycle(), tasks));
    } catch (InvalidScheduleException e) {
      throw InvalidInputException.of("plan", "The plan cannot be scheduled: " + e.getMessage());
    }
  }

  /** "1.2 Design → 1.3 Build → 1.2 Design": the tasks of a cycle by WBS code and name. */
  static String cycleMessage(List<String> cycle, List<PlanTask> tasks) {
    Map<String, PlanTask> byKey =
        tasks.stream().collect(Collectors.toMap(t -> PlanNetwork.key(t.getId()), t -> t));
    List<String> names = new ArrayList<>();
    for (String key : cycle) {
      names.add(label(byKey.get(key)));
    }
    if (!cycle.isEmpty()) {
      names.add(label(byKey.get(cycle.get(0))));
    }
    return "These tasks would depend on each other in a circle: "
        + String.join(" → ", names)
        + ". Remove one of these links (a link between a summary task and a task under it counts"
        + " as one).";
  }

  private static String label(PlanTask task) {
    return task == null ? "?" : task.getWbs() + " " + task.getName();
  }

  static List<ConflictView> conflictViews(List<StoredConflict> conflicts, List<PlanTask> tasks) {
    Map<Long, PlanTask> byId =
        tasks.stream().collect(Collectors.toMap(PlanTask::getId, Function.identity()));
    List<ConflictView> views = new ArrayList<>();
    for (StoredConflict conflict : conflicts) {
      PlanTask task = byId.get(conflict.getTaskId());
      views.add(
          new ConflictView(
              conflict.getTaskId(),
              task == null ? "" : task.getName(),
              task == null ? "" : task.getWbs(),
              conflict.getKind(),
              conflict.getMessage()));
    }
    return views;
  }
}
