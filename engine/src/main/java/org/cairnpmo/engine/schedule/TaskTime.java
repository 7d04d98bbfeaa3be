package org.cairnpmo.engine.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time arithmetic of each task on moments in whole minutes (see {@link Moments}): adding or taking
 * away its duration, and moving a moment to where work can start, on the task's calendar or, for a
 * task with resources, on theirs. A task that is interrupted works on copies of those calendars
 * without the interruptions.
 */
final class TaskTime {

  private final List<ScheduleTask> tasks;
  private final WorkingCalendar[] calendar;
  private final CalendarTimeline[] timeline;
  private final CalendarTimeline[][] resourceTimeline;
  private final long[][] resourceMinutes;
  private final Span[][] resourceDelay;
  private final boolean[] milestone;

  TaskTime(ScheduleRequest request) {
    this.tasks = request.tasks();
    int n = tasks.size();
    Map<String, WorkingCalendar> calendars = new HashMap<>();
    request.calendars().forEach(c -> calendars.put(c.id(), c));
    calendar = new WorkingCalendar[n];
    timeline = new CalendarTimeline[n];
    resourceTimeline = new CalendarTimeline[n][];
    resourceMinutes = new long[n][];
    resourceDelay = new Span[n][];
    milestone = new boolean[n];
    for (int i = 0; i < n; i++) {
      ScheduleTask task = tasks.get(i);
      String id = task.calendarId();
      calendar[i] = interrupted(task, calendars.get(id == null ? request.projectCalendarId() : id));
      timeline[i] = calendar[i].timeline();
      milestone[i] = task.isMilestone();
      List<Assignment> assignments = task.assignments();
      if (!assignments.isEmpty() && !task.duration().elapsed()) {
        resourceTimeline[i] = new CalendarTimeline[assignments.size()];
        resourceMinutes[i] = new long[assignments.size()];
        resourceDelay[i] = new Span[assignments.size()];
        for (int a = 0; a < assignments.size(); a++) {
          resourceTimeline[i][a] =
              interrupted(task, calendars.get(assignments.get(a).calendarId())).timeline();
          resourceMinutes[i][a] = assignments.get(a).time().minutes();
          resourceDelay[i][a] = assignments.get(a).delay();
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

  /** The running total of the task's own calendar. */
  CalendarTimeline timeline(int i) {
    return timeline[i];
  }

  /**
   * When work of {@code minutes} (elapsed or working) started at {@code start} is done: on the
   * task's or its resources' calendars.
   */
  long finishFrom(int i, long start, long minutes, boolean elapsed) {
    return move(i, start, minutes, elapsed);
  }

  /** When work of {@code minutes} must start to be done at {@code finish}. */
  long startFromFinish(int i, long finish, long minutes, boolean elapsed) {
    return move(i, finish, -minutes, elapsed);
  }

  /**
   * The moment {@code minutes} of the task's work away from {@code from}: later for positive
   * minutes (the last resource done), earlier for negative ones (the first resource starting).
   */
  private long move(int i, long from, long minutes, boolean elapsed) {
    if (elapsed) {
      return from + minutes;
    }
    if (resourceTimeline[i] == null) {
      return timeline[i].addWork(from, minutes);
    }
    double share = share(i, Math.abs(minutes));
    // A resource's delay counts from the task's start: passed once part of the work is done.
    boolean whole = share >= 1;
    long result = from;
    for (int a = 0; a < resourceTimeline[i].length; a++) {
      long work = Math.round(resourceMinutes[i][a] * share);
      Span delay = whole ? resourceDelay[i][a] : Span.ZERO;
      long moved = moveResource(resourceTimeline[i][a], from, work, delay, minutes < 0);
      result = minutes < 0 ? Math.min(result, moved) : Math.max(result, moved);
    }
    return result;
  }

  /**
   * When a resource that waits {@code delay} after the task's start and then works {@code work} is
   * done (from a start), or when the task must start for it to be done (from a finish).
   */
  private static long moveResource(
      CalendarTimeline c, long from, long work, Span delay, boolean backwards) {
    int sign = backwards ? -1 : 1;
    if (!delay.elapsed()) {
      return c.addWork(from, sign * (work + delay.minutes()));
    }
    return backwards
        ? c.addWork(from, -work) - delay.minutes()
        : c.addWork(from + delay.minutes(), work);
  }

  /** The part of the resources' work a span of the task stands for (all of it, or what remains). */
  private double share(int i, long minutes) {
    long full = tasks.get(i).duration().minutes();
    return full == 0 ? 0 : Math.min(1.0, (double) minutes / full);
  }

  /**
   * The next moment work can start: on the task's calendar, or when its first resource can start. A
   * milestone may stay at the end of a working time (after a task finishing at 17:00, at 17:00).
   */
  long startAt(int i, long moment) {
    if (resourceTimeline[i] == null) {
      return startAt(timeline[i], moment, milestone[i]);
    }
    long start = Long.MAX_VALUE;
    for (CalendarTimeline c : resourceTimeline[i]) {
      start = Math.min(start, startAt(c, moment, milestone[i]));
    }
    return start;
  }

  private static long startAt(CalendarTimeline c, long moment, boolean milestone) {
    long next = c.nextWorkStart(moment);
    if (next > moment && milestone && c.previousWorkFinish(moment) == moment) {
      return moment;
    }
    return next;
  }

  /** A finish at the start of a working time is the same as the end of the previous one. */
  long equivalentFinish(int i, long finish) {
    if (resourceTimeline[i] == null) {
      return equivalentFinish(timeline[i], finish);
    }
    long latest = Long.MIN_VALUE;
    for (CalendarTimeline c : resourceTimeline[i]) {
      latest = Math.max(latest, equivalentFinish(c, finish));
    }
    return latest;
  }

  private static long equivalentFinish(CalendarTimeline c, long finish) {
    long previous = c.previousWorkFinish(finish);
    return c.workBetween(previous, finish) == 0 ? previous : finish;
  }
}
