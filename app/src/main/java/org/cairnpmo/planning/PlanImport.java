package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole plan as a file describes it, to replace a project's plan at once (all or nothing) through
 * {@link PlanningApi#replacePlan}. Everything refers to everything else by the file's own keys
 * (unique within their list), never by Cairn's ids.
 *
 * <p>Tasks come in outline order with their outline level (1 = top); a task's parent is the nearest
 * earlier task one level up, so a level may rise by one at most from one task to the next. The
 * first calendar whose key is {@code settings.calendarKey} is the plan's; a calendar without a base
 * derives from the organization's. Baselines refer to tasks by key.
 */
public record PlanImport(
    Settings settings,
    List<ImportCalendar> calendars,
    List<ImportTask> tasks,
    List<ImportLink> links,
    List<ImportResource> resources,
    List<ImportRequirement> requirements,
    List<ImportBaseline> baselines) {

  public PlanImport {
    calendars = calendars == null ? List.of() : List.copyOf(calendars);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    links = links == null ? List.of() : List.copyOf(links);
    resources = resources == null ? List.of() : List.copyOf(resources);
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
    baselines = baselines == null ? List.of() : List.copyOf(baselines);
  }

  /**
   * The plan's start (required), status date, calendar by key (the organization's when null),
   * conventions (MS Project's when null) and near-critical float (0 when null).
   */
  public record Settings(
      LocalDateTime start,
      LocalDateTime statusDate,
      String calendarKey,
      ScheduleMode scheduleMode,
      Long nearCriticalMinutes) {}

  /**
   * A calendar: its key, name, base calendar by key (the organization's when null), week,
   * exceptions.
   */
  public record ImportCalendar(
      String key,
      String name,
      String baseKey,
      List<WeekdayHours> week,
      List<CalendarException> exceptions) {

    public ImportCalendar {
      week = week == null ? List.of() : List.copyOf(week);
      exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
  }

  /**
   * A task at its outline level, with its fields as {@link TaskData} has them; its calendar by key.
   * {@code data.calendarId()} is ignored (use {@code calendarKey}); {@code data.keyMilestoneId()}
   * is kept only if it names a key milestone of the project.
   */
  public record ImportTask(String key, int outlineLevel, TaskData data, String calendarKey) {}

  /** A dependency between two tasks by key; lag as in {@link LinkData}. */
  public record ImportLink(
      String predecessorKey,
      String successorKey,
      DependencyType type,
      long lagValue,
      LagKind lagKind) {}

  /** A resource by key, its fields as {@link ResourceData} has them; its calendar by key. */
  public record ImportResource(String key, ResourceData data, String calendarKey) {}

  /** A task's need of a resource, both by key. */
  public record ImportRequirement(String taskKey, String resourceKey, BigDecimal units) {}

  /** A baseline: its number (0 to 10), name and what it kept of each task. */
  public record ImportBaseline(int number, String name, List<ImportBaselineTask> tasks) {

    public ImportBaseline {
      tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
  }

  /** What a baseline kept of one task, by the task's key. */
  public record ImportBaselineTask(
      String taskKey,
      LocalDateTime start,
      LocalDateTime finish,
      long durationMinutes,
      long workMinutes,
      BigDecimal cost) {}
}
