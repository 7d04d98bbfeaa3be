package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskView;

/**
 * The task form of the plan page: what a planner changes most (name, kind, duration, constraint,
 * progress). Everything else a task holds is kept as it was when the form saves.
 */
@Getter
public class TaskForm {

  /**
   * Start constraints fall at the start of the working day ({@link PlanPages#DAY_START}), finish
   * ones at its end.
   */
  private static final LocalTime DAY_END = LocalTime.of(17, 0);

  @Setter private String name;
  @Setter private TaskKind kind = TaskKind.TASK;
  @Setter private BigDecimal duration = BigDecimal.ONE;
  @Setter private DurationUnit durationUnit = DurationUnit.DAYS;
  @Setter private TaskConstraint constraintType = TaskConstraint.AS_SOON_AS_POSSIBLE;
  @Setter private LocalDate constraintDate;
  @Setter private BigDecimal percentComplete = BigDecimal.ZERO;
  @Setter private Long parentId;
  @Setter private Long version;

  static TaskForm of(TaskView task) {
    TaskForm form = new TaskForm();
    form.name = task.name();
    form.kind = task.kind();
    form.durationUnit = task.durationUnit() == null ? DurationUnit.DAYS : task.durationUnit();
    form.duration = PlanFormat.INSTANCE.amount(task.durationMinutes(), form.durationUnit);
    form.constraintType = task.constraintType();
    form.constraintDate =
        task.constraintDate() == null ? null : task.constraintDate().toLocalDate();
    form.percentComplete = PlanFormat.plain(BigDecimal.valueOf(task.percentComplete()));
    form.parentId = task.parentId();
    form.version = task.version();
    return form;
  }

  /** A new task from the form. */
  TaskData toData() {
    return TaskData.named(name)
        .withKind(kind)
        .withDurationMinutes(minutes())
        .withDurationUnit(durationUnit)
        .withConstraintType(constraintType)
        .withConstraintDate(constraintAt())
        .withPercentComplete(percent());
  }

  /** The task as it was, with what the form changes. */
  TaskData toData(TaskView t) {
    return TaskEdits.of(t)
        .named(name, kind)
        .duration(minutes(), durationUnit)
        .constraint(constraintType, constraintAt())
        .percent(percent())
        .data();
  }

  private Long minutes() {
    if (kind == TaskKind.MILESTONE) {
      return 0L;
    }
    DurationUnit unit = durationUnit == null ? DurationUnit.DAYS : durationUnit;
    if (duration == null) {
      return null;
    }
    // A duration past what a long holds is clamped, so that validation refuses it as too long
    // rather than the conversion failing.
    return duration
        .multiply(BigDecimal.valueOf(unit.minutes()))
        .setScale(0, RoundingMode.HALF_UP)
        .max(BigDecimal.valueOf(Long.MIN_VALUE))
        .min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValueExact();
  }

  private Double percent() {
    return percentComplete == null ? null : percentComplete.doubleValue();
  }

  private LocalDateTime constraintAt() {
    if (constraintDate == null || constraintType == null || !constraintType.needsDate()) {
      return null;
    }
    boolean finish = constraintType.name().contains("FINISH");
    return constraintDate.atTime(finish ? DAY_END : PlanPages.DAY_START);
  }
}
