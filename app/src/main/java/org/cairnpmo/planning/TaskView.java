package org.cairnpmo.planning;

import java.time.LocalDateTime;
import org.cairnpmo.platform.Versioned;

/**
 * A task of a plan with the dates of the plan's last scheduling run. {@code start} and {@code
 * finish} are where the task is planned (its actual dates once known, its late dates when as late
 * as possible, else its early dates); floats are minutes of working time on the task's calendar,
 * negative when a constraint or deadline cannot be met. {@code version} is the plan's: every change
 * to a task names the plan version it was based on. {@code variance} is against the baseline asked
 * for, null when none was asked for or the task is not in it.
 */
public record TaskView(
    long id,
    Long parentId,
    int position,
    String wbs,
    int outlineLevel,
    String name,
    TaskKind kind,
    boolean summary,
    long durationMinutes,
    DurationUnit durationUnit,
    TaskConstraint constraintType,
    LocalDateTime constraintDate,
    LocalDateTime deadline,
    boolean manual,
    LocalDateTime manualStart,
    LocalDateTime manualFinish,
    double percentComplete,
    LocalDateTime actualStart,
    LocalDateTime actualFinish,
    String notes,
    int priority,
    ThreePointEstimate estimate,
    Long calendarId,
    Long keyMilestoneId,
    LocalDateTime start,
    LocalDateTime finish,
    LocalDateTime earlyStart,
    LocalDateTime earlyFinish,
    LocalDateTime lateStart,
    LocalDateTime lateFinish,
    Long totalFloatMinutes,
    Long freeFloatMinutes,
    boolean critical,
    boolean nearCritical,
    Variance variance,
    long version)
    implements Versioned.Entry {

  public boolean milestone() {
    return kind == TaskKind.MILESTONE;
  }
}
