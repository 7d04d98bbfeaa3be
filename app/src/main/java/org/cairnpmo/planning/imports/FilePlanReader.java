package org.cairnpmo.planning.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanImport.ImportLink;
import org.cairnpmo.planning.PlanImport.ImportRequirement;
import org.cairnpmo.planning.PlanImport.ImportResource;
import org.cairnpmo.planning.PlanImport.ImportTask;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.ThreePointEstimate;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * Turns a file MPXJ read into the plan Cairn imports ({@link PlanImport}), with the knowledge the
 * scheduling benchmark gathered on real files (bench's {@code ImportedPlan}): the project summary
 * task and inactive, empty and external tasks are left out, and so are WBS nodes without tasks;
 * Primavera's remaining duration counts, and its status date; MS Project's status date is not used
 * for scheduling (MS Project stores dates computed without it), so it is not imported. A task MS
 * Project's leveler delayed keeps its leveled start ({@link LeveledStart}).
 *
 * <p>Resources that do work become people (Primavera's roles become roles); material and cost
 * resources have no capacity to level and are left out with their assignments. Three-point
 * estimates come from MS Project's PERT fields (Duration1 optimistic, Duration2 most likely,
 * Duration3 pessimistic) where all three are set and in order.
 */
final class FilePlanReader {

  private final ProjectFile file;
  private final ProjectProperties properties;
  private final boolean primavera;
  private final List<String> warnings = new ArrayList<>();
  private final Map<Task, String> keys = new IdentityHashMap<>();
  private final FileCalendars calendars;
  private final UniqueNames resourceNames = new UniqueNames();

  private final String filename;

  private FilePlanReader(String filename, ProjectFile file, Set<LocalDate> organizationDates) {
    this.filename = filename;
    this.file = file;
    this.properties = file.getProjectProperties();
    String type = String.valueOf(properties.getFileType());
    String application = String.valueOf(properties.getFileApplication());
    this.primavera =
        type.contains("XER") || type.contains("PMXML") || application.contains("Primavera");
    LocalDateTime start = start();
    LocalDate first = start.toLocalDate();
    LocalDate last = first;
    for (Task task : file.getTasks()) {
      for (LocalDateTime date : new LocalDateTime[] {task.getStart(), task.getFinish()}) {
        if (date != null) {
          first = date.toLocalDate().isBefore(first) ? date.toLocalDate() : first;
          last = date.toLocalDate().isAfter(last) ? date.toLocalDate() : last;
        }
      }
    }
    this.calendars = new FileCalendars(first, last, organizationDates, warnings);
  }

  /**
   * The plan in {@code file}; {@code organizationDates} are the dates the organization's calendar
   * has exceptions on.
   */
  static FilePlan read(String filename, ProjectFile file, Set<LocalDate> organizationDates) {
    return new FilePlanReader(filename, file, organizationDates).read();
  }

  private FilePlan read() {
    List<ImportTask> tasks = new ArrayList<>();
    Map<String, FilePlan.StoredDates> stored = new LinkedHashMap<>();
    for (Task top : file.getChildTasks()) {
      if (isProjectSummary(top)) {
        top.getChildTasks().forEach(child -> addTask(child, 1, tasks, stored));
      } else {
        addTask(top, 1, tasks, stored);
      }
    }
    if (tasks.size() > PlanLimits.MAX_TASKS) {
      throw new PlanFileException(
          filename,
          "holds " + tasks.size() + " tasks; a plan has at most " + PlanLimits.MAX_TASKS + ".");
    }
    String calendarKey = calendars.key(file.getDefaultCalendar());
    List<ImportResource> resources = new ArrayList<>();
    Map<Resource, String> resourceKeys = new IdentityHashMap<>();
    for (Resource resource : file.getResources()) {
      ImportResource imported = resource(resource);
      if (imported != null) {
        resources.add(imported);
        resourceKeys.put(resource, imported.key());
      }
    }
    PlanImport plan =
        new PlanImport(
            new PlanImport.Settings(
                start(),
                primavera ? properties.getStatusDate() : null,
                calendarKey,
                primavera ? ScheduleMode.PRIMAVERA : ScheduleMode.MS_PROJECT,
                null),
            null,
            tasks,
            links(),
            resources,
            requirements(resourceKeys),
            FileBaselines.of(keys, this::minutes));
    PlanImport withCalendars =
        new PlanImport(
            plan.settings(),
            calendars.all(),
            plan.tasks(),
            plan.links(),
            plan.resources(),
            plan.requirements(),
            plan.baselines());
    return new FilePlan(withCalendars, format(), stored, warnings);
  }

  private String format() {
    String type = properties.getFileType();
    return type == null ? "unknown" : type;
  }

  private LocalDateTime start() {
    LocalDateTime start = properties.getStartDate();
    if (start != null) {
      return start;
    }
    return file.getTasks().stream()
        .map(Task::getStart)
        .filter(Objects::nonNull)
        .min(LocalDateTime::compareTo)
        .orElseThrow(() -> new PlanFileException(filename, "has no start date and no dated task."));
  }

  private static boolean isProjectSummary(Task task) {
    return task.getID() != null
        && task.getID() == 0
        && task.getOutlineLevel() != null
        && task.getOutlineLevel() == 0;
  }

  private static boolean included(Task task) {
    return task.getUniqueID() != null
        && !task.getNull()
        && task.getActive()
        && !task.getExternalTask();
  }

  /** Whether the task or something under it is a task to schedule. */
  private static boolean hasWork(Task task) {
    if (!included(task)) {
      return false;
    }
    if (task.getChildTasks().isEmpty()) {
      return !task.getSummary();
    }
    return task.getChildTasks().stream().anyMatch(FilePlanReader::hasWork);
  }

  private void addTask(
      Task task, int level, List<ImportTask> tasks, Map<String, FilePlan.StoredDates> stored) {
    if (!hasWork(task)) {
      return;
    }
    String key = "task-" + task.getUniqueID();
    keys.put(task, key);
    boolean summary = task.getChildTasks().stream().anyMatch(FilePlanReader::hasWork);
    tasks.add(
        new ImportTask(
            key,
            level,
            summary ? TaskData.named(name(task), 0) : data(task),
            summary ? null : calendars.key(task.getCalendar())));
    stored.put(key, new FilePlan.StoredDates(task.getEarlyStart(), task.getEarlyFinish()));
    for (Task child : task.getChildTasks()) {
      addTask(child, level + 1, tasks, stored);
    }
  }

  private TaskData data(Task task) {
    long minutes = durationMinutes(task);
    boolean milestone = minutes == 0;
    TaskConstraint constraint = constraint(task);
    LocalDateTime constraintDate =
        constraint != null && constraint.needsDate() ? task.getConstraintDate() : null;
    if (constraint != null && constraint.needsDate() && constraintDate == null) {
      constraint = null;
    }
    boolean manual = task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && task.getStart() != null;
    LocalDateTime actualStart = task.getActualStart();
    LocalDateTime actualFinish = task.getActualFinish();
    if (actualStart == null || (actualFinish != null && actualFinish.isBefore(actualStart))) {
      actualFinish = null;
    }
    LeveledStart leveled = LeveledStart.of(task, constraint, manual || actualStart != null);
    if (leveled != null) {
      constraint = TaskConstraint.START_NO_EARLIER_THAN;
      constraintDate = leveled.start();
      warnings.add(leveled.warning(name(task)));
    }
    return new TaskData(
        name(task),
        milestone ? TaskKind.MILESTONE : TaskKind.TASK,
        minutes,
        unit(task.getDuration()),
        constraint,
        constraintDate,
        task.getDeadline(),
        manual ? Boolean.TRUE : null,
        manual ? task.getStart() : null,
        manual ? task.getFinish() : null,
        percentComplete(task, minutes, actualStart, actualFinish),
        actualStart,
        actualFinish,
        FileText.block(task.getNotes(), 4000),
        priority(task),
        estimate(task),
        null,
        null);
  }

  private static String name(Task task) {
    return FileText.line(task.getName(), 200, "Task " + task.getUniqueID());
  }

  private static Integer priority(Task task) {
    if (task.getPriority() == null) {
      return null;
    }
    return Math.max(0, Math.min(PlanLimits.MAX_PRIORITY, task.getPriority().getValue()));
  }

  /**
   * The duration to schedule. Primavera keeps the actual and the remaining duration apart (the
   * at-completion one can be stale) and leaves it out for resource-driven activities, which then
   * take the working time between their planned dates.
   */
  private long durationMinutes(Task task) {
    long minutes;
    if (primavera && task.getRemainingDuration() != null) {
      long actual = task.getActualStart() == null ? 0 : minutes(task.getActualDuration());
      minutes = minutes(task.getRemainingDuration()) + actual;
    } else if (task.getDuration() == null
        && task.getStart() != null
        && task.getFinish() != null
        && task.getEffectiveCalendar() != null) {
      Duration work =
          task.getEffectiveCalendar().getWork(task.getStart(), task.getFinish(), TimeUnit.MINUTES);
      minutes = work == null ? 0 : Math.round(work.getDuration());
    } else {
      minutes = minutes(task.getDuration());
    }
    return Math.max(0, Math.min(PlanLimits.MAX_DURATION_MINUTES, minutes));
  }

  /** Minutes of a duration: working minutes, or minutes of the clock for an elapsed one. */
  long minutes(Duration duration) {
    if (duration == null) {
      return 0;
    }
    TimeUnit target = duration.getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
    return Math.round(duration.convertUnits(target, properties).getDuration());
  }

  private static DurationUnit unit(Duration duration) {
    if (duration == null) {
      return null;
    }
    return switch (duration.getUnits()) {
      case MINUTES -> DurationUnit.MINUTES;
      case HOURS -> DurationUnit.HOURS;
      case WEEKS, MONTHS, YEARS -> DurationUnit.WEEKS;
      case ELAPSED_MINUTES, ELAPSED_HOURS -> DurationUnit.ELAPSED_HOURS;
      case ELAPSED_DAYS, ELAPSED_WEEKS, ELAPSED_MONTHS, ELAPSED_YEARS -> DurationUnit.ELAPSED_DAYS;
      default -> DurationUnit.DAYS;
    };
  }

  private TaskConstraint constraint(Task task) {
    org.mpxj.ConstraintType type = task.getConstraintType();
    if (type == null) {
      return null;
    }
    return switch (type) {
      case AS_LATE_AS_POSSIBLE -> TaskConstraint.AS_LATE_AS_POSSIBLE;
      case MUST_START_ON -> TaskConstraint.MUST_START_ON;
      case MUST_FINISH_ON -> TaskConstraint.MUST_FINISH_ON;
      // Primavera's Start On and Finish On give way to the links in the forward pass
      case START_ON, START_NO_EARLIER_THAN -> TaskConstraint.START_NO_EARLIER_THAN;
      case FINISH_ON, FINISH_NO_EARLIER_THAN -> TaskConstraint.FINISH_NO_EARLIER_THAN;
      case START_NO_LATER_THAN -> TaskConstraint.START_NO_LATER_THAN;
      case FINISH_NO_LATER_THAN -> TaskConstraint.FINISH_NO_LATER_THAN;
      case AS_SOON_AS_POSSIBLE -> null;
      default -> {
        warnings.add(
            "Task '"
                + name(task)
                + "': the constraint "
                + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " is not one Cairn knows; it was left out.");
        yield null;
      }
    };
  }

  /** Percent complete from the remaining duration where the file has one, as MS Project counts. */
  private Double percentComplete(
      Task task, long minutes, LocalDateTime actualStart, LocalDateTime actualFinish) {
    if (actualStart == null) {
      return null;
    }
    if (actualFinish != null) {
      return 100.0;
    }
    double percent =
        task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
    Duration remaining = task.getRemainingDuration();
    if (remaining != null && minutes > 0) {
      long left = minutes(remaining);
      percent = 100.0 * (minutes - Math.min(left, minutes)) / minutes;
    }
    return Math.max(0, Math.min(100, percent));
  }

  private ThreePointEstimate estimate(Task task) {
    Duration optimistic = task.getDuration(1);
    Duration likely = task.getDuration(2);
    Duration pessimistic = task.getDuration(3);
    if (optimistic == null || likely == null || pessimistic == null) {
      return null;
    }
    ThreePointEstimate estimate =
        new ThreePointEstimate(minutes(optimistic), minutes(likely), minutes(pessimistic), null);
    boolean inRange =
        estimate.optimisticMinutes() >= 0
            && estimate.pessimisticMinutes() <= PlanLimits.MAX_DURATION_MINUTES
            && estimate.pessimisticMinutes() > 0;
    return inRange && estimate.ordered() ? estimate : null;
  }

  private List<ImportLink> links() {
    List<ImportLink> links = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    int dropped = 0;
    for (Relation relation : file.getRelations()) {
      String from = keys.get(relation.getPredecessorTask());
      String to = keys.get(relation.getSuccessorTask());
      if (from == null || to == null || from.equals(to)) {
        continue;
      }
      if (!pairs.add(from + ">" + to)) {
        dropped++;
        continue;
      }
      links.add(link(relation, from, to));
    }
    if (dropped > 0) {
      warnings.add(
          dropped
              + " link(s) repeated a pair of tasks already linked; Cairn keeps one link per pair,"
              + " the first.");
    }
    return links;
  }

  private ImportLink link(Relation relation, String from, String to) {
    DependencyType type =
        switch (relation.getType()) {
          case START_START -> DependencyType.SS;
          case FINISH_FINISH -> DependencyType.FF;
          case START_FINISH -> DependencyType.SF;
          default -> DependencyType.FS;
        };
    Duration lag = relation.getLag();
    if (lag == null || lag.getDuration() == 0) {
      return new ImportLink(from, to, type, 0, LagKind.WORKING);
    }
    if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
      long percent = Math.round(lag.getDuration());
      percent =
          Math.max(-PlanLimits.MAX_LAG_PERCENT, Math.min(PlanLimits.MAX_LAG_PERCENT, percent));
      return new ImportLink(from, to, type, percent, LagKind.PERCENT);
    }
    long minutes = Math.round(Math.signum(lag.getDuration())) * minutes(abs(lag));
    return new ImportLink(
        from, to, type, minutes, lag.getUnits().isElapsed() ? LagKind.ELAPSED : LagKind.WORKING);
  }

  private static Duration abs(Duration duration) {
    return Duration.getInstance(Math.abs(duration.getDuration()), duration.getUnits());
  }

  private ImportResource resource(Resource resource) {
    if (resource.getUniqueID() == null
        || resource.getName() == null
        || resource.getType() != ResourceType.WORK) {
      return null;
    }
    Number max = resource.getMaxUnits();
    BigDecimal units = max == null || max.doubleValue() <= 0 ? BigDecimal.ONE : units(max);
    return new ImportResource(
        "resource-" + resource.getUniqueID(),
        new ResourceData(
            resourceNames.of(resource.getName(), "Resource " + resource.getUniqueID()),
            resource.getRole() ? ResourceKind.ROLE : ResourceKind.PERSON,
            units,
            null,
            hourlyRate(resource.getStandardRate()),
            null),
        calendars.key(resource.getCalendar()));
  }

  /** A rate per hour; null when the file has none or one per unit of material. */
  private BigDecimal hourlyRate(Rate rate) {
    if (rate == null || rate.getAmount() <= 0 || rate.getUnits() == null) {
      return null;
    }
    double perMinute =
        switch (rate.getUnits()) {
          case MINUTES, ELAPSED_MINUTES -> rate.getAmount();
          case HOURS, ELAPSED_HOURS -> rate.getAmount() / 60;
          case DAYS -> rate.getAmount() / minutesPer(properties.getMinutesPerDay(), 480);
          case WEEKS -> rate.getAmount() / minutesPer(properties.getMinutesPerWeek(), 2400);
          case ELAPSED_DAYS -> rate.getAmount() / (24 * 60);
          default -> -1;
        };
    if (perMinute < 0) {
      return null;
    }
    return BigDecimal.valueOf(perMinute * 60).setScale(2, RoundingMode.HALF_UP);
  }

  private static double minutesPer(Integer configured, int fallback) {
    return configured == null || configured <= 0 ? fallback : configured;
  }

  /** Units from a percentage (100 % = 1), within what a plan accepts. */
  private static BigDecimal units(Number percent) {
    return BigDecimal.valueOf(percent.doubleValue())
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
        .max(new BigDecimal("0.01"))
        .min(new BigDecimal(PlanLimits.MAX_UNITS));
  }

  private List<ImportRequirement> requirements(Map<Resource, String> resourceKeys) {
    List<ImportRequirement> requirements = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (ResourceAssignment assignment : file.getResourceAssignments()) {
      String task = keys.get(assignment.getTask());
      String resource = resourceKeys.get(assignment.getResource());
      Number units = assignment.getUnits();
      if (task == null
          || resource == null
          || units == null
          || units.doubleValue() <= 0
          || !pairs.add(task + ">" + resource)) {
        continue;
      }
      requirements.add(new ImportRequirement(task, resource, units(units)));
    }
    return requirements;
  }
}
