package org.cairnpmo.planning.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.WorkingPeriod;
import org.mpxj.Availability;
import org.mpxj.ConstraintType;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.Priority;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.writer.ProjectWriter;

/**
 * Writes a Cairn plan as a file MS Project or Primavera reads, through MPXJ: MSPDI XML (MS
 * Project's XML), PMXML and XER (Primavera). The file carries the plan's tasks in outline order
 * with their durations, constraints, deadlines, progress and the dates Cairn scheduled, the links
 * with their lags, every calendar (complete, what it inherits from its base resolved into it),
 * resources, assignments and baselines. Tasks are written as fixed-duration tasks, so that a tool
 * recalculating work from assignments keeps Cairn's durations. Three-point estimates go to MS
 * Project's PERT fields (Duration1 optimistic, Duration2 most likely, Duration3 pessimistic), where
 * the import reads them.
 */
public final class PlanFileWriter {

  /** The formats a plan is written in: their media type and file name extension. */
  @RequiredArgsConstructor
  public enum Format {
    MSPDI("application/xml", "xml"),
    PMXML("application/xml", "pmxml"),
    XER("application/octet-stream", "xer");

    private final String mediaType;
    private final String extension;

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  private final PlanExport plan;
  private final ProjectFile file = new ProjectFile();
  private final Map<Long, ProjectCalendar> calendars = new HashMap<>();
  private final Map<Long, Task> tasks = new HashMap<>();
  private final Map<Long, Resource> resources = new HashMap<>();

  private PlanFileWriter(PlanExport plan) {
    this.plan = plan;
  }

  /** The plan as a file of {@code format}. */
  public static byte[] write(PlanExport plan, Format format) {
    ProjectFile file = new PlanFileWriter(plan).build();
    ProjectWriter writer =
        switch (format) {
          case MSPDI -> new MSPDIWriter();
          case PMXML -> new PrimaveraPMFileWriter();
          case XER -> new PrimaveraXERFileWriter();
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(file, out);
    } catch (IOException e) {
      throw new IllegalStateException("The plan could not be written as " + format, e);
    }
    return out.toByteArray();
  }

  /** The plan as MPXJ's model of a project. */
  static ProjectFile project(PlanExport plan) {
    return new PlanFileWriter(plan).build();
  }

  private ProjectFile build() {
    ProjectProperties properties = file.getProjectProperties();
    properties.setName(plan.projectCode());
    properties.setProjectTitle(plan.projectName());
    properties.setStartDate(plan.plan().start());
    properties.setStatusDate(plan.plan().statusDate());
    properties.setMinutesPerDay(480);
    properties.setMinutesPerWeek(2400);
    properties.setDaysPerMonth(20);
    for (CalendarView calendar : plan.calendars()) {
      calendar(calendar);
    }
    ProjectCalendar projectCalendar = calendars.get(plan.plan().calendarId());
    if (projectCalendar != null) {
      file.setDefaultCalendar(projectCalendar);
    }
    plan.tasks().forEach(this::task);
    plan.links().forEach(this::link);
    plan.resources().forEach(this::resource);
    plan.requirements().forEach(this::requirement);
    for (PlanExport.SavedBaseline baseline : plan.baselines()) {
      baseline.tasks().forEach(kept -> baseline(baseline.baseline().number(), kept));
    }
    return file;
  }

  /**
   * A calendar as a complete one of its own, its base's week and exceptions resolved into it: MS
   * Project derives only resource calendars from a base, so a task calendar that derives from
   * another would lose what it inherits.
   */
  private void calendar(CalendarView view) {
    ProjectCalendar calendar = file.addCalendar();
    calendar.setUniqueID(calendars.size() + 1);
    calendar.setName(view.name());
    Map<DayOfWeek, List<WorkingPeriod>> week = week(view);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WorkingPeriod> hours = week.getOrDefault(day, List.of());
      calendar.setCalendarDayType(day, hours.isEmpty() ? DayType.NON_WORKING : DayType.WORKING);
      hours(calendar.addCalendarHours(day), hours);
    }
    for (CalendarException exception : exceptions(view)) {
      ProjectCalendarException written =
          calendar.addCalendarException(exception.firstDay(), exception.lastDay());
      written.setName(exception.name().isEmpty() ? null : exception.name());
      hours(written, exception.hours());
    }
    calendars.put(view.id(), calendar);
  }

  private CalendarView base(CalendarView view) {
    if (view.organizationDefault()) {
      return null;
    }
    return plan.calendars().stream()
        .filter(
            c ->
                view.baseCalendarId() == null
                    ? c.organizationDefault()
                    : c.id() == view.baseCalendarId())
        .filter(c -> c.id() != view.id())
        .findFirst()
        .orElse(null);
  }

  /** The calendar's week: its own days, the others from its base. */
  private Map<DayOfWeek, List<WorkingPeriod>> week(CalendarView view) {
    CalendarView base = base(view);
    Map<DayOfWeek, List<WorkingPeriod>> week =
        base == null ? new EnumMap<>(DayOfWeek.class) : week(base);
    view.week().forEach(day -> week.put(day.day(), day.hours()));
    return week;
  }

  /** The calendar's exceptions, with its base's on the dates it has none of its own. */
  private List<CalendarException> exceptions(CalendarView view) {
    CalendarView base = base(view);
    if (base == null) {
      return view.exceptions();
    }
    Set<LocalDate> own = new HashSet<>();
    view.exceptions()
        .forEach(e -> e.firstDay().datesUntil(e.lastDay().plusDays(1)).forEach(own::add));
    List<CalendarException> all = new ArrayList<>(view.exceptions());
    for (CalendarException inherited : exceptions(base)) {
      LocalDate from = null;
      for (LocalDate date = inherited.firstDay();
          !date.isAfter(inherited.lastDay().plusDays(1));
          date = date.plusDays(1)) {
        boolean kept = !date.isAfter(inherited.lastDay()) && !own.contains(date);
        if (kept && from == null) {
          from = date;
        } else if (!kept && from != null) {
          all.add(
              new CalendarException(inherited.name(), from, date.minusDays(1), inherited.hours()));
          from = null;
        }
      }
    }
    all.sort(Comparator.comparing(CalendarException::firstDay));
    return all;
  }

  private static void hours(ProjectCalendarHours hours, List<WorkingPeriod> periods) {
    for (WorkingPeriod period : periods) {
      hours.add(new LocalTimeRange(period.from(), period.to()));
    }
  }

  private void task(TaskView view) {
    Task parent = view.parentId() == null ? null : tasks.get(view.parentId());
    Task task = parent == null ? file.addTask() : parent.addTask();
    task.setUniqueID(tasks.size() + 1);
    task.setID(tasks.size() + 1);
    task.setName(view.name());
    task.setWBS(view.wbs());
    task.setOutlineLevel(view.outlineLevel());
    task.setSummary(view.summary());
    task.setMilestone(view.milestone());
    task.setType(TaskType.FIXED_DURATION);
    task.setEffortDriven(false);
    task.setDuration(duration(view.durationMinutes(), view.durationUnit()));
    task.setStart(view.start());
    task.setFinish(view.finish());
    task.setEarlyStart(view.earlyStart());
    task.setEarlyFinish(view.earlyFinish());
    task.setLateStart(view.lateStart());
    task.setLateFinish(view.lateFinish());
    if (view.totalFloatMinutes() != null) {
      task.setTotalSlack(Duration.getInstance(view.totalFloatMinutes(), TimeUnit.MINUTES));
    }
    if (view.freeFloatMinutes() != null) {
      task.setFreeSlack(Duration.getInstance(view.freeFloatMinutes(), TimeUnit.MINUTES));
    }
    task.setCritical(view.critical());
    if (view.constraintType() != null) {
      task.setConstraintType(ConstraintType.valueOf(view.constraintType().name()));
      task.setConstraintDate(view.constraintDate());
    }
    task.setDeadline(view.deadline());
    if (view.manual()) {
      task.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
      task.setStart(view.manualStart());
      task.setFinish(view.manualFinish());
    } else {
      task.setTaskMode(TaskMode.AUTO_SCHEDULED);
    }
    task.setPercentageComplete(view.percentComplete());
    task.setActualStart(view.actualStart());
    task.setActualFinish(view.actualFinish());
    task.setNotes(view.notes());
    task.setPriority(Priority.getInstance(view.priority()));
    if (view.calendarId() != null) {
      task.setCalendar(calendars.get(view.calendarId()));
    }
    if (view.estimate() != null) {
      task.setDuration(
          1, Duration.getInstance(view.estimate().optimisticMinutes(), TimeUnit.MINUTES));
      task.setDuration(
          2, Duration.getInstance(view.estimate().mostLikelyMinutes(), TimeUnit.MINUTES));
      task.setDuration(
          3, Duration.getInstance(view.estimate().pessimisticMinutes(), TimeUnit.MINUTES));
    }
    tasks.put(view.id(), task);
  }

  /** A duration in the unit the planner chose; working units count 8-hour days, 40-hour weeks. */
  private static Duration duration(long minutes, DurationUnit unit) {
    DurationUnit shown = unit == null ? DurationUnit.DAYS : unit;
    TimeUnit mpxj =
        switch (shown) {
          case MINUTES -> TimeUnit.MINUTES;
          case HOURS -> TimeUnit.HOURS;
          case DAYS -> TimeUnit.DAYS;
          case WEEKS -> TimeUnit.WEEKS;
          case ELAPSED_HOURS -> TimeUnit.ELAPSED_HOURS;
          case ELAPSED_DAYS -> TimeUnit.ELAPSED_DAYS;
        };
    return Duration.getInstance((double) minutes / shown.minutes(), mpxj);
  }

  private void link(LinkView view) {
    Task predecessor = tasks.get(view.predecessorId());
    Task successor = tasks.get(view.successorId());
    if (predecessor == null || successor == null) {
      return;
    }
    RelationType type =
        switch (view.type()) {
          case SS -> RelationType.START_START;
          case FF -> RelationType.FINISH_FINISH;
          case SF -> RelationType.START_FINISH;
          case FS -> RelationType.FINISH_START;
        };
    Duration lag =
        switch (view.lagKind()) {
          case PERCENT -> Duration.getInstance(view.lagValue(), TimeUnit.PERCENT);
          case ELAPSED -> Duration.getInstance(view.lagValue(), TimeUnit.ELAPSED_MINUTES);
          case WORKING -> Duration.getInstance(view.lagValue(), TimeUnit.MINUTES);
        };
    successor.addPredecessor(
        new Relation.Builder()
            .uniqueID(view.id() > Integer.MAX_VALUE ? null : (int) view.id())
            .predecessorTask(predecessor)
            .type(type)
            .lag(lag));
  }

  private void resource(ResourceView view) {
    Resource resource = file.addResource();
    resource.setUniqueID(resources.size() + 1);
    resource.setID(resources.size() + 1);
    resource.setName(view.name());
    resource.setType(ResourceType.WORK);
    resource.setRole(view.kind() == ResourceKind.ROLE);
    resource
        .getAvailability()
        .add(
            new Availability(
                LocalDateTimeHelper.START_DATE_NA,
                LocalDateTimeHelper.END_DATE_NA,
                view.maxUnits().multiply(BigDecimal.valueOf(100))));
    if (view.costRate() != null) {
      CostRateTable rates = new CostRateTable();
      rates.add(
          new CostRateTableEntry(
              LocalDateTimeHelper.START_DATE_NA,
              LocalDateTimeHelper.END_DATE_NA,
              null,
              new Rate(view.costRate(), TimeUnit.HOURS)));
      resource.setCostRateTable(0, rates);
    }
    if (view.calendarId() != null && calendars.containsKey(view.calendarId())) {
      resource.setCalendar(calendars.get(view.calendarId()));
    }
    resources.put(view.id(), resource);
  }

  private void requirement(RequirementView view) {
    Task task = tasks.get(view.taskId());
    Resource resource = resources.get(view.resourceId());
    if (task == null || resource == null) {
      return;
    }
    ResourceAssignment assignment = task.addResourceAssignment(resource);
    double units = view.units().doubleValue();
    assignment.setUnits(units * 100);
    Duration duration = task.getDuration();
    if (duration != null) {
      double minutes =
          duration.convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration();
      assignment.setWork(Duration.getInstance(minutes * units / 60, TimeUnit.HOURS));
    }
  }

  private void baseline(int number, BaselineTask kept) {
    Task task = tasks.get(kept.taskId());
    if (task == null) {
      return;
    }
    Duration duration = Duration.getInstance(kept.durationMinutes(), TimeUnit.MINUTES);
    Duration work = Duration.getInstance(kept.workMinutes() / 60.0, TimeUnit.HOURS);
    if (number == 0) {
      task.setBaselineStart(kept.start());
      task.setBaselineFinish(kept.finish());
      task.setBaselineDuration(duration);
      task.setBaselineWork(work);
      task.setBaselineCost(kept.cost());
    } else {
      task.setBaselineStart(number, kept.start());
      task.setBaselineFinish(number, kept.finish());
      task.setBaselineDuration(number, duration);
      task.setBaselineWork(number, work);
      task.setBaselineCost(number, kept.cost());
    }
  }

  /** Whether the plan follows Primavera's conventions, for the file name's hint. */
  static boolean primavera(PlanExport plan) {
    return plan.plan().scheduleMode() == ScheduleMode.PRIMAVERA;
  }
}
