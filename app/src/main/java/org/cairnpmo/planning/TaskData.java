package org.cairnpmo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import lombok.With;

/**
 * A task as its planner writes it. Null means the default: kind TASK, duration 0 in DAYS, as soon
 * as possible, automatically scheduled, 0 % complete, priority 500, the plan's calendar. A
 * milestone has no duration. {@code manual} fixes the task at {@code manualStart} (required) and
 * {@code manualFinish} (its start plus its duration when not given). {@code keyMilestoneId} links
 * the task to a key milestone of the project (control), whose forecast then follows the task's
 * finish. A caller that sets a few fields starts from {@link #named} and changes them one by one
 * ({@code withDeadline}, ...).
 */
@With
public record TaskData(
    @NotBlank(message = "Name the task") @Size(max = 200, message = "At most 200 characters")
        String name,
    TaskKind kind,
    @Min(value = 0, message = "A duration cannot be negative")
        @Max(value = PlanLimits.MAX_DURATION_MINUTES, message = PlanLimits.DURATION_MESSAGE)
        Long durationMinutes,
    DurationUnit durationUnit,
    TaskConstraint constraintType,
    LocalDateTime constraintDate,
    LocalDateTime deadline,
    Boolean manual,
    LocalDateTime manualStart,
    LocalDateTime manualFinish,
    @DecimalMin(value = "0", message = "Percent complete is 0 to 100")
        @DecimalMax(value = "100", message = "Percent complete is 0 to 100")
        Double percentComplete,
    LocalDateTime actualStart,
    LocalDateTime actualFinish,
    @Size(max = 4000, message = "At most 4000 characters") String notes,
    @Min(value = 0, message = "Priority is 0 to 1000")
        @Max(value = PlanLimits.MAX_PRIORITY, message = "Priority is 0 to 1000")
        Integer priority,
    @Valid ThreePointEstimate estimate,
    Long calendarId,
    Long keyMilestoneId) {

  /** A task of this name, everything else by default. */
  public static TaskData named(String name) {
    return new TaskData(
        name, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /** A task of this name and working duration, everything else by default. */
  public static TaskData named(String name, long durationMinutes) {
    return named(name).withKind(TaskKind.TASK).withDurationMinutes(durationMinutes);
  }

  /** A milestone of this name. */
  public static TaskData milestone(String name) {
    return named(name).withKind(TaskKind.MILESTONE).withDurationMinutes(0L);
  }

  /** The same task on another calendar and linked to another key milestone (null: none). */
  public TaskData withLinks(Long newCalendarId, Long newKeyMilestoneId) {
    return withCalendarId(newCalendarId).withKeyMilestoneId(newKeyMilestoneId);
  }
}
