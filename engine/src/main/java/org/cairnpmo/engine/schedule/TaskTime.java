package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time arithmetic of each task: adding or taking away its duration, and moving a moment to where
 * work can start, on the task's calendar or, for a task with resources, on theirs. A task that is
 * interrupted works on copies of those calendars without the interruptions.
 */
final class TaskTime {

  private final List<ScheduleTask> tasks;
  private final WorkingCalendar[] calendar;
  private final WorkingCalendar[][] resourceCalendar;
  private final long[][] resourceMinutes;

  TaskTime(ScheduleRequest request) {
    this.tasks = request.tasks();
    int n = tasks.size();
    Map<String, WorkingCalendar> calendars = new HashMap<>();
    request.calendars().forEach(c -> calendars.put(c.id(), c));
    calendar = new WorkingCalendar[n];
    resourceCalendar = new WorkingCalendar[n][];
    resourceMinutes = new long[n][];
    for (int i = 0; i < n; i++) {
      ScheduleTask task = tasks.get(i);
      String id = task.calendarId();
      calendar[i] = interrupted(task, calendars.get(id == null ? request.projectCalendarId() : id));
      List<Assignment> assignments = task.assignments();
      if (!assignments.isEmpty() && !task.duration().elapsed()) {
        resourceCalendar[i] = new WorkingCalendar[assignments.size()];
        resourceMinutes[i] = new long[assignments.size()];
        for (int a = 0; a < assignments.size(); a++) {
          resourceCalendar[i][a] =
              interrupted(task, calendars.get(assignments.get(a).calendarId()));
          resourceMinutes[i][a] = assignments.get(a).time().minutes();
        }
      }
    }
  }

  private static WorkingCalendar interrupted(ScheduleTask task, WorkingCalendar calendar) {
    WorkingCalendar result = calendar;
    for (Interruption interruption : task.interruptions()) {
      result = result.without(interruption.from(), interruption.to());
    }
    return result;
  }

  /** The task's own calendar (without its resources'), on which its floats are counted. */
  WorkingCalendar calendar(int i) {
    return calendar[i];
  }

  /**
   * When work of {@code span} started at {@code start} is done: on the task's or its resources'
   * calendars.
   */
  LocalDateTime finishFrom(int i, LocalDateTime start, Span span) {
    if (span.elapsed()) {
      return start.plusMinutes(span.minutes());
    }
    if (resourceCalendar[i] == null) {
      return calendar[i].addWork(start, span.minutes());
    }
    double share = share(i, span);
    LocalDateTime finish = start;
    for (int a = 0; a < resourceCalendar[i].length; a++) {
      long minutes = Math.round(resourceMinutes[i][a] * share);
      finish = max(finish, resourceCalendar[i][a].addWork(start, minutes));
    }
    return finish;
  }

  LocalDateTime startFromFinish(int i, LocalDateTime finish, Span span) {
    if (span.elapsed()) {
      return finish.minusMinutes(span.minutes());
    }
    if (resourceCalendar[i] == null) {
      return calendar[i].subtractWork(finish, span.minutes());
    }
    double share = share(i, span);
    LocalDateTime start = finish;
    for (int a = 0; a < resourceCalendar[i].length; a++) {
      long minutes = Math.round(resourceMinutes[i][a] * share);
      start = min(start, resourceCalendar[i][a].subtractWork(finish, minutes));
    }
    return start;
  }

  /** The part of the resources' work a span of the task stands for (all of it, or what remains). */
  private double share(int i, Span span) {
    long full = tasks.get(i).duration().minutes();
    return full == 0 ? 0 : Math.min(1.0, (double) span.minutes() / full);
  }

  /**
   * The next moment work can start: on the task's calendar, or when its first resource can start. A
   * milestone may stay at the end of a working time (after a task finishing at 17:00, at 17:00).
   */
  LocalDateTime startAt(int i, LocalDateTime moment) {
    boolean milestone = tasks.get(i).isMilestone();
    if (resourceCalendar[i] == null) {
      return startAt(calendar[i], moment, milestone);
    }
    LocalDateTime start = null;
    for (WorkingCalendar c : resourceCalendar[i]) {
      start = min(start, startAt(c, moment, milestone));
    }
    return start;
  }

  private static LocalDateTime startAt(WorkingCalendar c, LocalDateTime moment, boolean milestone) {
    LocalDateTime next = c.nextWorkStart(moment);
    if (next.isAfter(moment) && milestone && c.previousWorkFinish(moment).isEqual(moment)) {
      return moment;
    }
    return next;
  }

  /** A finish at the start of a working time is the same as the end of the previous one. */
  LocalDateTime equivalentFinish(int i, LocalDateTime finish) {
    if (resourceCalendar[i] == null) {
      return equivalentFinish(calendar[i], finish);
    }
    LocalDateTime latest = null;
    for (WorkingCalendar c : resourceCalendar[i]) {
      latest = max(latest, equivalentFinish(c, finish));
    }
    return latest;
  }

  private static LocalDateTime equivalentFinish(WorkingCalendar c, LocalDateTime finish) {
    LocalDateTime previous = c.previousWorkFinish(finish);
    return c.workBetween(previous, finish) == 0 ? previous : finish;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }
}
