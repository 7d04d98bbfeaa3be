package org.cairnpmo.bench.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.schedule.Assignment;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.Interruption;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.Progress;
import org.cairnpmo.engine.schedule.Rules;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.engine.schedule.WorkingTime;
import org.mpxj.Duration;
import org.mpxj.LocalDateTimeRange;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.TimephasedWork;
import org.mpxj.WorkContour;

/**
 * An MS Project or Primavera file read by MPXJ, turned into the engine's request, with the dates
 * the file stores for each task so that they can be compared with the engine's.
 */
final class ImportedPlan {

  /** A task of the file, what it stores, and what about it may explain a difference. */
  record Stored(
      String id,
      Task task,
      boolean summary,
      LocalDateTime earlyStart,
      LocalDateTime earlyFinish,
      Set<String> traits) {}

  /** Calendars are copied day by day over this many days before and after the plan's dates. */
  private static final int DAYS_BEFORE = 2 * 366;

  private static final int DAYS_AFTER = 4 * 366;

  final ProjectFile file;
  final boolean primavera;
  final LocalDateTime projectStart;
  final ScheduleRequest request;
  final List<Stored> stored = new ArrayList<>();
  final Map<String, WorkingCalendar> taskCalendars = new HashMap<>();

  private final ProjectProperties properties;
  private final Map<ProjectCalendar, WorkingCalendar> calendars = new IdentityHashMap<>();
  private LocalDate firstDay;
  private LocalDate lastDay;

  ImportedPlan(ProjectFile file) {
    this.file = file;
    this.properties = file.getProjectProperties();
    String type = String.valueOf(properties.getFileType());
    String application = String.valueOf(properties.getFileApplication());
    this.primavera =
        type.contains("XER") || type.contains("PMXML") || application.contains("Primavera");
    List<Task> included = file.getTasks().stream().filter(ImportedPlan::isPlanTask).toList();
    this.projectStart = projectStart(included);
    dateRange(included);

    Set<Task> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    included.forEach(t -> parents.add(t.getParentTask()));
    List<ScheduleTask> tasks = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Task task : included) {
      boolean summary = parents.contains(task);
      if (task.getSummary() && !summary) {
        continue; // a WBS node without activities: nothing to schedule or compare
      }
      String id = id(task);
      ids.add(id);
      Set<String> traits = new LinkedHashSet<>();
      ScheduleTask converted = convert(task, summary, traits);
      tasks.add(converted);
      stored.add(
          new Stored(id, task, summary, task.getEarlyStart(), task.getEarlyFinish(), traits));
    }
    // a parent that was left out (the project summary) leaves its children at the top
    List<ScheduleTask> rooted =
        tasks.stream()
            .map(t -> t.parentId() != null && !ids.contains(t.parentId()) ? t.under(null) : t)
            .toList();
    List<Link> links = new ArrayList<>();
    for (Relation relation : file.getRelations()) {
      String from = id(relation.getPredecessorTask());
      String to = id(relation.getSuccessorTask());
      if (ids.contains(from) && ids.contains(to) && !from.equals(to)) {
        links.add(new Link(from, to, linkType(relation), lag(relation)));
      }
    }
    markLinkTraits(links);
    WorkingCalendar projectCalendar = calendar(file.getDefaultCalendar());
    List<WorkingCalendar> all = new ArrayList<>();
    all.add(projectCalendar);
    calendars.values().stream().filter(c -> c != projectCalendar).forEach(all::add);
    this.request =
        new ScheduleRequest(
            projectStart,
            primavera ? properties.getStatusDate() : null,
            all,
            projectCalendar.id(),
            rooted,
            links,
            0,
            primavera ? Rules.PRIMAVERA : Rules.MS_PROJECT);
  }

  private static boolean isPlanTask(Task task) {
    return task.getUniqueID() != null
        && !task.getNull()
        && task.getActive()
        && !task.getExternalTask()
        && !(task.getID() != null
            && task.getID() == 0
            && task.getOutlineLevel() != null
            && task.getOutlineLevel() == 0);
  }

  static String id(Task task) {
    return String.valueOf(task.getUniqueID());
  }

  private LocalDateTime projectStart(List<Task> tasks) {
    LocalDateTime start = properties.getStartDate();
    if (start != null) {
      return start;
    }
    return tasks.stream()
        .map(Task::getStart)
        .filter(java.util.Objects::nonNull)
        .min(LocalDateTime::compareTo)
        .orElse(LocalDate.now().atStartOfDay());
  }

  private void dateRange(List<Task> tasks) {
    LocalDate first = projectStart.toLocalDate();
    LocalDate last = first;
    for (Task task : tasks) {
      for (LocalDateTime date :
          new LocalDateTime[] {
            task.getStart(), task.getFinish(), task.getEarlyStart(), task.getLateFinish()
          }) {
        if (date != null) {
          first = date.toLocalDate().isBefore(first) ? date.toLocalDate() : first;
          last = date.toLocalDate().isAfter(last) ? date.toLocalDate() : last;
        }
      }
    }
    firstDay = first.minusDays(DAYS_BEFORE);
    lastDay = last.plusDays(DAYS_AFTER);
  }

  private ScheduleTask convert(Task task, boolean summary, Set<String> traits) {
    String id = id(task);
    ProjectCalendar effective = task.getEffectiveCalendar();
    WorkingCalendar calendar = calendar(effective == null ? file.getDefaultCalendar() : effective);
    taskCalendars.put(id, calendar);
    ScheduleTask converted =
        new ScheduleTask(
            id,
            task.getName(),
            task.getParentTask() == null ? null : id(task.getParentTask()),
            summary ? Span.ZERO : duration(task, calendar),
            calendar.id(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    if (summary) {
      traits.add("summary");
      return converted;
    }
    if (primavera) {
      traits.add("primavera");
    }
    if (task.getCalendar() != null) {
      traits.add("task calendar");
    }
    if (task.getDuration() != null && task.getDuration().getUnits().isElapsed()) {
      traits.add("elapsed duration");
    }
    Span levelingDelay = span(task.getLevelingDelay());
    if (levelingDelay.minutes() > 0) {
      converted = converted.delayedByLeveling(levelingDelay);
      traits.add("leveling delay");
    }
    if (task.getResourceAssignments().stream()
        .anyMatch(
            a ->
                a.getResource() != null
                    && a.getEffectiveCalendar() != null
                    && a.getEffectiveCalendar() != effective)) {
      traits.add("resource calendar");
    }
    converted = withConstraint(task, converted, traits);
    if (task.getDeadline() != null) {
      converted = converted.withDeadline(task.getDeadline());
      traits.add("deadline");
    }
    if (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && task.getStart() != null) {
      converted = converted.manual(task.getStart(), task.getFinish());
      traits.add("manual");
    }
    List<Assignment> assignments = assignments(task, converted.duration());
    if (!assignments.isEmpty()) {
      converted = converted.withAssignments(assignments);
    }
    List<Interruption> interruptions = interruptions(task);
    if (!interruptions.isEmpty()) {
      converted = converted.interrupted(interruptions);
      traits.add("split");
    }
    Progress progress = progress(task, converted.duration());
    if (progress.isStarted()) {
      traits.add("progress");
    }
    return converted.withProgress(progress);
  }

  /**
   * Unless its duration is fixed, a task is worked on its resources' calendars, as MS Project
   * schedules it. A resource with a flat contour works its work divided by its units (16 hours at
   * 50 % take 32 hours of its time); any other contour stretches the work over the task's duration,
   * which the file stores as MS Project spread it. A resource starts after its assignment's delay
   * and leveling delay.
   */
  private List<Assignment> assignments(Task task, Span duration) {
    if (task.getType() == TaskType.FIXED_DURATION || duration.elapsed()) {
      return List.of();
    }
    List<Assignment> assignments = new ArrayList<>();
    for (ResourceAssignment assignment : task.getResourceAssignments()) {
      Resource resource = assignment.getResource();
      Number units = assignment.getUnits();
      if (resource == null
          || resource.getType() != ResourceType.WORK
          || units == null
          || units.doubleValue() <= 0
          || assignment.getEffectiveCalendar() == null) {
        continue;
      }
      WorkingCalendar calendar = calendar(assignment.getEffectiveCalendar());
      Span time = duration;
      if (assignment.getWorkContour() == null || assignment.getWorkContour() == WorkContour.FLAT) {
        double minutes = workMinutes(assignment);
        if (minutes >= 0) {
          time = Span.working(Math.round(minutes * 100.0 / units.doubleValue()));
        }
      }
      assignments.add(new Assignment(calendar.id(), time, delay(assignment)));
    }
    return assignments;
  }

  /**
   * The minutes of work of an assignment, -1 when the file has none: the work MS Project spread
   * over time for it (done and to do), from which it computed the dates; its Work figure where the
   * file spreads none. The two agree in a file MS Project saved last, but a program that changed
   * the Work figure afterwards leaves the dates on the work spread over time.
   */
  private double workMinutes(ResourceAssignment assignment) {
    double spread = 0;
    for (List<TimephasedWork> items :
        java.util.Arrays.asList(
            assignment.getTimephasedActualWork(), assignment.getTimephasedWork())) {
      for (TimephasedWork item : items == null ? List.<TimephasedWork>of() : items) {
        Duration amount = item.getTotalAmount();
        spread += amount == null ? 0 : minutes(amount);
      }
    }
    if (spread > 0) {
      return spread;
    }
    Duration work = assignment.getWork();
    return work == null ? -1 : Math.max(0, minutes(work));
  }

  private double minutes(Duration duration) {
    return duration.convertUnits(TimeUnit.MINUTES, properties).getDuration();
  }

  /** How long after the task's start a resource starts: its delay and its leveling delay. */
  private Span delay(ResourceAssignment assignment) {
    Span delay = span(assignment.getDelay());
    Span leveling = span(assignment.getLevelingDelay());
    if (delay.minutes() == 0 || leveling.minutes() == 0) {
      return delay.minutes() == 0 ? leveling : delay;
    }
    if (delay.elapsed() == leveling.elapsed()) {
      return new Span(delay.minutes() + leveling.minutes(), delay.elapsed());
    }
    // one elapsed, one working: both as working time, at the project's hours a day
    return Span.working(
        Math.round(minutes(assignment.getDelay()) + minutes(assignment.getLevelingDelay())));
  }

  /**
   * The gaps of a split task. MPXJ gives a split task's time as ranges that alternate work and gap;
   * a gap runs from the end of the work before it to the start of the work after it (MSPDI files
   * store the gap itself from the next working time on).
   */
  private static List<Interruption> interruptions(Task task) {
    List<LocalDateTimeRange> splits = task.getSplits();
    List<Interruption> gaps = new ArrayList<>();
    if (splits == null) {
      return gaps;
    }
    for (int k = 1; k + 1 < splits.size(); k += 2) {
      LocalDateTime from = splits.get(k - 1).getEnd();
      LocalDateTime to = splits.get(k + 1).getStart();
      if (from != null && to != null && to.isAfter(from)) {
        gaps.add(new Interruption(from, to));
      }
    }
    return gaps;
  }

  private ScheduleTask withConstraint(Task task, ScheduleTask converted, Set<String> traits) {
    org.mpxj.ConstraintType type = task.getConstraintType();
    if (type == null || type == org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE) {
      return converted;
    }
    ConstraintType mapped =
        switch (type) {
          case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
          case MUST_START_ON -> ConstraintType.MUST_START_ON;
          case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
          // Primavera's Start On and Finish On give way to the links in the forward pass
          case START_ON -> ConstraintType.START_NO_EARLIER_THAN;
          case FINISH_ON -> ConstraintType.FINISH_NO_EARLIER_THAN;
          case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
          case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
          case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
          case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
          default -> null;
        };
    if (mapped == null) {
      traits.add("constraint " + type + " not modelled");
      return converted;
    }
    LocalDateTime date = task.getConstraintDate();
    if (mapped != ConstraintType.AS_LATE_AS_POSSIBLE && date == null) {
      traits.add("constraint without date");
      return converted;
    }
    traits.add("constraint " + mapped.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    return converted.constrained(mapped, date);
  }

  /** Actual dates as stored; the share done from the remaining duration where the file has one. */
  private Progress progress(Task task, Span duration) {
    LocalDateTime start = task.getActualStart();
    if (start == null) {
      return Progress.NONE;
    }
    LocalDateTime finish = task.getActualFinish();
    if (finish != null && finish.isBefore(start)) {
      finish = null;
    }
    if (finish != null) {
      return new Progress(100, start, finish);
    }
    double percent =
        task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
    Duration remaining = task.getRemainingDuration();
    if (remaining != null && duration.minutes() > 0) {
      long left = span(remaining).minutes();
      percent =
          100.0 * (duration.minutes() - Math.min(left, duration.minutes())) / duration.minutes();
    }
    return new Progress(Math.max(0, Math.min(100, percent)), start, null);
  }

  /**
   * The duration to schedule. Primavera keeps the actual and the remaining duration apart (the
   * at-completion one can be stale) and leaves it out for resource-driven activities, which then
   * take the working time between their planned dates.
   */
  private Span duration(Task task, WorkingCalendar calendar) {
    if (primavera && task.getRemainingDuration() != null) {
      Span remaining = span(task.getRemainingDuration());
      Span actual = task.getActualStart() == null ? Span.ZERO : span(task.getActualDuration());
      return new Span(remaining.minutes() + actual.minutes(), remaining.elapsed());
    }
    if (task.getDuration() == null && task.getStart() != null && task.getFinish() != null) {
      return Span.working(Math.max(0, calendar.workBetween(task.getStart(), task.getFinish())));
    }
    return span(task.getDuration());
  }

  private Span span(Duration duration) {
    if (duration == null) {
      return Span.ZERO;
    }
    if (duration.getUnits().isElapsed()) {
      long minutes =
          Math.round(duration.convertUnits(TimeUnit.ELAPSED_MINUTES, properties).getDuration());
      return Span.elapsed(Math.max(0, minutes));
    }
    long minutes = Math.round(duration.convertUnits(TimeUnit.MINUTES, properties).getDuration());
    return Span.working(Math.max(0, minutes));
  }

  private Lag lag(Relation relation) {
    Duration lag = relation.getLag();
    if (lag == null || lag.getDuration() == 0) {
      return Lag.NONE;
    }
    if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
      return Lag.percent(Math.round(lag.getDuration()));
    }
    if (lag.getUnits().isElapsed()) {
      return Lag.elapsed(
          Math.round(lag.convertUnits(TimeUnit.ELAPSED_MINUTES, properties).getDuration()));
    }
    return Lag.working(Math.round(lag.convertUnits(TimeUnit.MINUTES, properties).getDuration()));
  }

  private static LinkType linkType(Relation relation) {
    return switch (relation.getType()) {
      case START_START -> LinkType.START_TO_START;
      case FINISH_FINISH -> LinkType.FINISH_TO_FINISH;
      case START_FINISH -> LinkType.START_TO_FINISH;
      default -> LinkType.FINISH_TO_START;
    };
  }

  private void markLinkTraits(List<Link> links) {
    Map<String, Set<String>> traits = new HashMap<>();
    stored.forEach(s -> traits.put(s.id(), s.traits()));
    for (Link link : links) {
      Set<String> successor = traits.get(link.successor());
      if (link.type() != LinkType.FINISH_TO_START) {
        successor.add(
            "link " + link.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
      if (link.lag().amount() < 0) {
        successor.add("lead");
      } else if (link.lag().amount() > 0) {
        successor.add("lag");
      }
    }
  }

  /**
   * The engine's copy of an MPXJ calendar: the working week each weekday has most often in the
   * plan's years, and every date that differs from it as an exception. MPXJ resolves the base
   * calendar and recurring exceptions, so the copy needs no parent.
   */
  private WorkingCalendar calendar(ProjectCalendar source) {
    WorkingCalendar known = calendars.get(source);
    if (known != null) {
      return known;
    }
    Map<LocalDate, List<WorkingTime>> days = new HashMap<>();
    Map<DayOfWeek, Map<List<WorkingTime>, Integer>> counts = new EnumMap<>(DayOfWeek.class);
    for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
      List<WorkingTime> times = times(source, date);
      days.put(date, times);
      counts
          .computeIfAbsent(date.getDayOfWeek(), d -> new HashMap<>())
          .merge(times, 1, Integer::sum);
    }
    WorkingCalendar.Builder builder =
        WorkingCalendar.builder(source.getName() + " #" + (calendars.size() + 1));
    Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
    counts.forEach(
        (day, byTimes) -> {
          List<WorkingTime> usual =
              byTimes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
          week.put(day, usual);
          builder.day(day, usual.toArray(WorkingTime[]::new));
        });
    days.forEach(
        (date, times) -> {
          if (!times.equals(week.get(date.getDayOfWeek()))) {
            builder.exception(date, times.toArray(WorkingTime[]::new));
          }
        });
    WorkingCalendar calendar = builder.build();
    calendars.put(source, calendar);
    return calendar;
  }

  private static List<WorkingTime> times(ProjectCalendar source, LocalDate date) {
    List<WorkingTime> times = new ArrayList<>();
    var hours = source.getHours(date);
    if (hours == null) {
      return times;
    }
    for (LocalTimeRange range : hours) {
      LocalTime from = range.getStart();
      LocalTime to = range.getEnd();
      if (from != null && to != null && (to.equals(LocalTime.MIDNIGHT) || to.isAfter(from))) {
        times.add(new WorkingTime(from, to));
      }
    }
    times.sort(java.util.Comparator.comparing(WorkingTime::from));
    return List.copyOf(times);
  }
}
