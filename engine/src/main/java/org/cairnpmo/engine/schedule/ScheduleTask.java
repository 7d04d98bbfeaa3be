package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A task of the plan as the scheduler reads it.
 *
 * <p>A task named as the {@code parentId} of another is a summary task: its own duration,
 * constraint and progress are ignored and its dates are rolled up from its children. A task with
 * {@code manualStart} is manually scheduled: it keeps {@code manualStart} and {@code manualFinish}
 * (or its start plus its duration) whatever its links say. A task with a zero duration is a
 * milestone. {@code calendarId} null means the project's calendar. With {@code assignments}, the
 * task's dates follow its resources' work on their calendars instead of its duration on its own; in
 * its {@code interruptions} it is not worked (a split task). A {@code levelingDelay} (none by
 * default) holds its start back by that much working or elapsed time after links and constraints
 * allow it, as resource leveling records it in MS Project.
 */
public record ScheduleTask(
    String id,
    String name,
    String parentId,
    Span duration,
    String calendarId,
    Constraint constraint,
    LocalDateTime deadline,
    LocalDateTime manualStart,
    LocalDateTime manualFinish,
    Progress progress,
    List<Assignment> assignments,
    List<Interruption> interruptions,
    Span levelingDelay) {

  public ScheduleTask {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidScheduleException("A task needs an id");
    }
    name = name == null ? id : name;
    duration = duration == null ? Span.ZERO : duration;
    constraint = constraint == null ? Constraint.ASAP : constraint;
    progress = progress == null ? Progress.NONE : progress;
    assignments = assignments == null ? List.of() : List.copyOf(assignments);
    interruptions = interruptions == null ? List.of() : List.copyOf(interruptions);
    levelingDelay = levelingDelay == null ? Span.ZERO : levelingDelay;
    if (manualFinish != null && manualStart == null) {
      throw new InvalidScheduleException("Task " + id + ": a manual finish needs a manual start");
    }
    if (manualFinish != null && manualFinish.isBefore(manualStart)) {
      throw new InvalidScheduleException("Task " + id + ": its manual finish is before its start");
    }
  }

  /** A task without a leveling delay. */
  public ScheduleTask(
      String id,
      String name,
      String parentId,
      Span duration,
      String calendarId,
      Constraint constraint,
      LocalDateTime deadline,
      LocalDateTime manualStart,
      LocalDateTime manualFinish,
      Progress progress,
      List<Assignment> assignments,
      List<Interruption> interruptions) {
    this(
        id,
        name,
        parentId,
        duration,
        calendarId,
        constraint,
        deadline,
        manualStart,
        manualFinish,
        progress,
        assignments,
        interruptions,
        null);
  }

  /** An automatically scheduled task, as soon as possible, on the project's calendar. */
  public static ScheduleTask of(String id, Span duration) {
    return new ScheduleTask(id, id, null, duration, null, null, null, null, null, null, null, null);
  }

  /** A milestone: a task of no duration. */
  public static ScheduleTask milestone(String id) {
    return of(id, Span.ZERO);
  }

  public ScheduleTask named(String newName) {
    return copy(c -> c.name = newName);
  }

  public ScheduleTask under(String newParentId) {
    return copy(c -> c.parentId = newParentId);
  }

  public ScheduleTask onCalendar(String newCalendarId) {
    return copy(c -> c.calendarId = newCalendarId);
  }

  public ScheduleTask constrained(ConstraintType type, LocalDateTime date) {
    Constraint newConstraint = new Constraint(type, date);
    return copy(c -> c.constraint = newConstraint);
  }

  public ScheduleTask withDeadline(LocalDateTime newDeadline) {
    return copy(c -> c.deadline = newDeadline);
  }

  /** Manually scheduled: fixed on these dates; a null finish means start plus duration. */
  public ScheduleTask manual(LocalDateTime start, LocalDateTime finish) {
    return copy(
        c -> {
          c.manualStart = start;
          c.manualFinish = finish;
        });
  }

  public ScheduleTask withProgress(Progress newProgress) {
    return copy(c -> c.progress = newProgress);
  }

  /** Work done by resources on their own calendars, which then sets the task's dates. */
  public ScheduleTask withAssignments(List<Assignment> newAssignments) {
    return copy(c -> c.assignments = newAssignments);
  }

  /** Periods in which the task stops and resumes after (a split task). */
  public ScheduleTask interrupted(List<Interruption> newInterruptions) {
    return copy(c -> c.interruptions = newInterruptions);
  }

  /** Held back by leveling: it starts this much later than its links and constraints allow. */
  public ScheduleTask delayedByLeveling(Span delay) {
    return copy(c -> c.levelingDelay = delay);
  }

  public boolean isManual() {
    return manualStart != null;
  }

  public boolean isMilestone() {
    return duration.minutes() == 0;
  }

  private ScheduleTask copy(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a task while one of them changes; the record checks them again. */
  private static final class Copy {
    private final String id;
    private String name;
    private String parentId;
    private final Span duration;
    private String calendarId;
    private Constraint constraint;
    private LocalDateTime deadline;
    private LocalDateTime manualStart;
    private LocalDateTime manualFinish;
    private Progress progress;
    private List<Assignment> assignments;
    private List<Interruption> interruptions;
    private Span levelingDelay;

    private Copy(ScheduleTask task) {
      id = task.id;
      name = task.name;
      parentId = task.parentId;
      duration = task.duration;
      calendarId = task.calendarId;
      constraint = task.constraint;
      deadline = task.deadline;
      manualStart = task.manualStart;
      manualFinish = task.manualFinish;
      progress = task.progress;
      assignments = task.assignments;
      interruptions = task.interruptions;
      levelingDelay = task.levelingDelay;
    }

    private ScheduleTask build() {
      return new ScheduleTask(
          id,
          name,
          parentId,
          duration,
          calendarId,
          constraint,
          deadline,
          manualStart,
          manualFinish,
          progress,
          assignments,
          interruptions,
          levelingDelay);
    }
  }
}
