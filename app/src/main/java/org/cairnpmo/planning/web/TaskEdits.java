package org.cairnpmo.planning.web;

import java.time.LocalDateTime;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;

/**
 * A task as it is, with what one page changes: the task form, a bar dragged on the Gantt, a
 * three-point estimate. Whatever a page does not change is written back as it was.
 */
final class TaskEdits {

  private String name;
  private TaskKind kind;
  private Long minutes;
  private DurationUnit unit;
  private TaskConstraint constraint;
  private LocalDateTime constraintAt;
  private Double percent;
  private boolean manual;
  private LocalDateTime manualStart;
  private LocalDateTime manualFinish;
  private ThreePointEstimate estimate;
  private final TaskView task;

  private TaskEdits(TaskView task) {
    this.task = task;
    name = task.name();
    kind = task.kind();
    minutes = task.durationMinutes();
    unit = task.durationUnit();
    constraint = task.constraintType();
    constraintAt = task.constraintDate();
    percent = task.percentComplete();
    manual = task.manual();
    manualStart = task.manualStart();
    manualFinish = task.manualFinish();
    estimate = task.estimate();
  }

  static TaskEdits of(TaskView task) {
    return new TaskEdits(task);
  }

  TaskEdits named(String newName, TaskKind newKind) {
    name = newName;
    kind = newKind;
    return this;
  }

  TaskEdits duration(Long newMinutes, DurationUnit newUnit) {
    minutes = newMinutes;
    unit = newUnit;
    if (manual && !java.util.Objects.equals(newMinutes, task.durationMinutes())) {
      manualFinish = null;
    }
    return this;
  }

  TaskEdits constraint(TaskConstraint type, LocalDateTime at) {
    constraint = type;
    constraintAt = at;
    return this;
  }

  TaskEdits percent(Double newPercent) {
    percent = newPercent;
    return this;
  }

  /** Where a task starts: its constraint, or its fixed start if it is manually scheduled. */
  TaskEdits startAt(LocalDateTime start) {
    if (manual) {
      manualStart = start;
      manualFinish = null;
    } else {
      constraint = TaskConstraint.START_NO_EARLIER_THAN;
      constraintAt = start;
    }
    return this;
  }

  TaskEdits estimate(ThreePointEstimate newEstimate) {
    estimate = newEstimate;
    return this;
  }

  TaskData data() {
    return new TaskData(
        name,
        kind,
        minutes,
        unit,
        constraint,
        constraintAt,
        task.deadline(),
        manual,
        manualStart,
        manualFinish,
        percent,
        task.actualStart(),
        task.actualFinish(),
        task.notes(),
        task.priority(),
        estimate,
        task.calendarId(),
        task.keyMilestoneId());
  }
}
