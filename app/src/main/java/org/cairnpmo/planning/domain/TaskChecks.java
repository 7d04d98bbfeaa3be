package org.cairnpmo.planning.domain;

import java.time.LocalDateTime;
import java.util.Set;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.ThreePointEstimate;

/**
 * What a task must be, whether it comes from a form, the API or an imported file: the field rules
 * the records' annotations state (checked again here, because an import does not pass through the
 * web layer) and the rules between fields.
 */
final class TaskChecks {

  private TaskChecks() {}

  /**
   * @param calendars the ids of the calendars the task may use, null to leave its calendar
   *     unchecked
   * @param milestones the ids of the project's key milestones, null to leave the link unchecked
   */
  static void check(TaskData data, Problems problems, Set<Long> calendars, Set<Long> milestones) {
    problems.text("name", data.name(), 200, true, "Name the task");
    problems.text("notes", data.notes(), 4000, false, "");
    Long duration = data.durationMinutes();
    if (duration != null) {
      problems.require(duration >= 0, "durationMinutes", "A duration cannot be negative");
      problems.require(
          duration <= PlanLimits.MAX_DURATION_MINUTES,
          "durationMinutes",
          PlanLimits.DURATION_MESSAGE);
      problems.require(
          data.kind() != TaskKind.MILESTONE || duration == 0,
          "durationMinutes",
          "A milestone has no duration: make it a task, or enter 0.");
    }
    if (data.constraintType() != null && data.constraintType().needsDate()) {
      problems.require(
          data.constraintDate() != null,
          "constraintDate",
          "Enter the date of the constraint \"" + data.constraintType().label() + "\".");
    }
    problems.moment("constraintDate", data.constraintDate());
    problems.moment("deadline", data.deadline());
    problems.moment("manualStart", data.manualStart());
    problems.moment("manualFinish", data.manualFinish());
    if (Boolean.TRUE.equals(data.manual())) {
      problems.require(
          data.manualStart() != null,
          "manualStart",
          "A manually scheduled task needs the start it is fixed on.");
      problems.require(
          data.manualStart() == null
              || data.manualFinish() == null
              || !data.manualFinish().isBefore(data.manualStart()),
          "manualFinish",
          "The finish is before the start.");
    }
    progress(data.percentComplete(), data.actualStart(), data.actualFinish(), problems);
    problems.require(
        data.priority() == null
            || (data.priority() >= 0 && data.priority() <= PlanLimits.MAX_PRIORITY),
        "priority",
        "Priority is 0 to 1000");
    estimate(data.estimate(), problems);
    problems.require(
        data.calendarId() == null || calendars == null || calendars.contains(data.calendarId()),
        "calendarId",
        "Choose a calendar of this plan.");
    problems.require(
        data.keyMilestoneId() == null
            || milestones == null
            || milestones.contains(data.keyMilestoneId()),
        "keyMilestoneId",
        "Choose a key milestone of this project.");
  }

  /** Percent complete 0 to 100 (or none); an actual finish needs an actual start before it. */
  static void progress(
      Double percent, LocalDateTime actualStart, LocalDateTime actualFinish, Problems problems) {
    problems.moment("actualStart", actualStart);
    problems.moment("actualFinish", actualFinish);
    problems.require(
        actualFinish == null || actualStart != null,
        "actualStart",
        "A task that finished has started: enter its actual start.");
    problems.require(
        actualFinish == null || actualStart == null || !actualFinish.isBefore(actualStart),
        "actualFinish",
        "The actual finish is before the actual start.");
    problems.require(
        percent == null || (!percent.isNaN() && percent >= 0 && percent <= 100),
        "percentComplete",
        "Percent complete is 0 to 100");
  }

  private static void estimate(ThreePointEstimate estimate, Problems problems) {
    if (estimate == null) {
      return;
    }
    Long[] values = {
      estimate.optimisticMinutes(), estimate.mostLikelyMinutes(), estimate.pessimisticMinutes()
    };
    String[] fields = {"optimisticMinutes", "mostLikelyMinutes", "pessimisticMinutes"};
    boolean complete = true;
    for (int i = 0; i < values.length; i++) {
      String field = "estimate." + fields[i];
      if (values[i] == null) {
        problems.add(field, "Enter all three durations of the estimate.");
        complete = false;
      } else if (values[i] < 0 || values[i] > PlanLimits.MAX_DURATION_MINUTES) {
        problems.add(field, "A duration is 0 to " + PlanLimits.MAX_DURATION_MINUTES + " minutes");
        complete = false;
      }
    }
    problems.require(
        !complete || estimate.ordered(),
        "estimate",
        "Optimistic, most likely and pessimistic durations go from shortest to longest.");
  }
}
