package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the scheduler reads: when the project starts, the status date (null when no progress
 * is reported against a date), the calendars, the calendar of the project, the tasks in outline
 * order and the links.
 *
 * <p>{@code nearCriticalMinutes}: a task with at most this much total float, but more than none, is
 * near-critical.
 */
public record ScheduleRequest(
    LocalDateTime projectStart,
    LocalDateTime statusDate,
    List<WorkingCalendar> calendars,
    String projectCalendarId,
    List<ScheduleTask> tasks,
    List<Link> links,
    long nearCriticalMinutes,
    Rules rules) {

  public ScheduleRequest {
    if (projectStart == null) {
      throw new InvalidScheduleException("A plan needs a project start");
    }
    if (nearCriticalMinutes < 0) {
      throw new InvalidScheduleException("The near-critical threshold cannot be negative");
    }
    calendars =
        calendars == null || calendars.isEmpty()
            ? List.of(WorkingCalendar.standard("Standard"))
            : List.copyOf(calendars);
    rules = rules == null ? Rules.MS_PROJECT : rules;
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    links = links == null ? List.of() : List.copyOf(links);
    Map<String, WorkingCalendar> byId = new HashMap<>();
    for (WorkingCalendar calendar : calendars) {
      if (byId.put(calendar.id(), calendar) != null) {
        throw new InvalidScheduleException("Two calendars have the id " + calendar.id());
      }
    }
    projectCalendarId = projectCalendarId == null ? calendars.get(0).id() : projectCalendarId;
    if (!byId.containsKey(projectCalendarId)) {
      throw new InvalidScheduleException(
          "The project calendar " + projectCalendarId + " is unknown");
    }
    Set<String> ids = new HashSet<>();
    for (ScheduleTask task : tasks) {
      if (!ids.add(task.id())) {
        throw new InvalidScheduleException("Two tasks have the id " + task.id());
      }
      if (task.calendarId() != null && !byId.containsKey(task.calendarId())) {
        throw new InvalidScheduleException(
            "Task " + task.id() + " uses the unknown calendar " + task.calendarId());
      }
      for (Assignment assignment : task.assignments()) {
        if (!byId.containsKey(assignment.calendarId())) {
          throw new InvalidScheduleException(
              "A resource of task "
                  + task.id()
                  + " uses the unknown calendar "
                  + assignment.calendarId());
        }
      }
    }
    for (ScheduleTask task : tasks) {
      if (task.parentId() != null && !ids.contains(task.parentId())) {
        throw new InvalidScheduleException(
            "Task " + task.id() + " is under the unknown task " + task.parentId());
      }
    }
    for (Link link : links) {
      for (String end : List.of(link.predecessor(), link.successor())) {
        if (!ids.contains(end)) {
          throw new InvalidScheduleException("A link names the unknown task " + end);
        }
      }
      if (link.predecessor().equals(link.successor())) {
        throw new InvalidScheduleException("Task " + link.predecessor() + " is linked to itself");
      }
    }
  }

  /** A plan on MS Project's Standard calendar, without progress. */
  public static ScheduleRequest of(
      LocalDateTime projectStart, List<ScheduleTask> tasks, List<Link> links) {
    return new ScheduleRequest(projectStart, null, null, null, tasks, links, 0, null);
  }

  public ScheduleRequest withCalendars(List<WorkingCalendar> newCalendars, String projectCalendar) {
    return new ScheduleRequest(
        projectStart,
        statusDate,
        newCalendars,
        projectCalendar,
        tasks,
        links,
        nearCriticalMinutes,
        rules);
  }

  public ScheduleRequest withStatusDate(LocalDateTime newStatusDate) {
    return new ScheduleRequest(
        projectStart,
        newStatusDate,
        calendars,
        projectCalendarId,
        tasks,
        links,
        nearCriticalMinutes,
        rules);
  }

  public ScheduleRequest withRules(Rules newRules) {
    return new ScheduleRequest(
        projectStart,
        statusDate,
        calendars,
        projectCalendarId,
        tasks,
        links,
        nearCriticalMinutes,
        newRules);
  }

  public ScheduleRequest withNearCriticalMinutes(long minutes) {
    return new ScheduleRequest(
        projectStart, statusDate, calendars, projectCalendarId, tasks, links, minutes, rules);
  }
}
