package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskView;

/**
 * The task form of the plan page: what a planner changes most (name, kind, duration, constraint,
 * progress). Everything else a task holds is kept as it was when the form saves.
 */
public class TaskForm {

  /**
   * Start constraints fall at the start of the working day ({@link PlanPages#DAY_START}), finish
   * ones at its end.
   */
  private static final LocalTime DAY_END = LocalTime.of(17, 0);

  private String name;
  private TaskKind kind = TaskKind.TASK;
  private BigDecimal duration = BigDecimal.ONE;
  private DurationUnit durationUnit = DurationUnit.DAYS;
  private TaskConstraint constraintType = TaskConstraint.AS_SOON_AS_POSSIBLE;
  private LocalDate constraintDate;
  private BigDecimal percentComplete = BigDecimal.ZERO;
  private Long parentId;
  private Long version;

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
    return new TaskData(
        name,
        kind,
        minutes(),
        durationUnit,
        constraintType,
        constraintAt(),
        null,
        null,
        null,
        null,
        percent(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
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
    return duration == null
        ? null
        : duration
            .multiply(BigDecimal.valueOf(unit.minutes()))
            .setScale(0, RoundingMode.HALF_UP)
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public TaskKind getKind() {
    return kind;
  }

  public void setKind(TaskKind kind) {
    this.kind = kind;
  }

  public BigDecimal getDuration() {
    return duration;
  }

  public void setDuration(BigDecimal duration) {
    this.duration = duration;
  }

  public DurationUnit getDurationUnit() {
    return durationUnit;
  }

  public void setDurationUnit(DurationUnit durationUnit) {
    this.durationUnit = durationUnit;
  }

  public TaskConstraint getConstraintType() {
    return constraintType;
  }

  public void setConstraintType(TaskConstraint constraintType) {
    this.constraintType = constraintType;
  }

  public LocalDate getConstraintDate() {
    return constraintDate;
  }

  public void setConstraintDate(LocalDate constraintDate) {
    this.constraintDate = constraintDate;
  }

  public BigDecimal getPercentComplete() {
    return percentComplete;
  }

  public void setPercentComplete(BigDecimal percentComplete) {
    this.percentComplete = percentComplete;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
