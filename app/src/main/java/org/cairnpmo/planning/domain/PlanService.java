package org.cairnpmo.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.leveling.LevelingRequest;
import org.cairnpmo.engine.schedule.leveling.ResourceLeveler;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.OverAllocationView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.PlanSettings;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.Variance;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan as a whole: read (made on first use by someone who may change it), its settings changed,
 * scheduled again on request; and the reads of what is in it, with variances against a baseline,
 * part by part or all at once for a file.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanService {

  private final PlanReader reader;
  private final PlanEditor editor;
  private final PlanAccess access;
  private final PlanStore store;
  private final BaselineService baselines;

  /** The plan; made the first time someone who may change it asks. */
  @Transactional
  public PlanView plan(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    if (!read.exists() && PlanAccess.mayEdit(read.project(), me)) {
      editor.planOf(read.project(), me);
      read = reader.read(projectId, me);
    }
    return reader.view(read);
  }

  @Transactional(readOnly = true)
  public Optional<PlanView> findPlan(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    return read.exists() ? Optional.of(reader.view(read)) : Optional.empty();
  }

  @Transactional(readOnly = true)
  public boolean mayEdit(long projectId, CurrentUser me) {
    return PlanAccess.mayEdit(access.visible(projectId, me), me);
  }

  @Transactional
  public PlanEdit<PlanView> update(
      long projectId, PlanSettings settings, long expectedVersion, CurrentUser me) {
    return editor.editPlan(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          Problems problems = new Problems();
          problems.require(settings.start() != null, "start", "Enter the date the plan starts");
          problems.moment("start", settings.start());
          problems.moment("statusDate", settings.statusDate());
          problems.require(
              settings.calendarId() == null || context.calendars().contains(settings.calendarId()),
              "calendarId",
              "Choose a calendar of this plan.");
          long nearCritical =
              settings.nearCriticalMinutes() == null ? 0 : settings.nearCriticalMinutes();
          problems.require(
              nearCritical >= 0 && nearCritical <= PlanLimits.MAX_DURATION_MINUTES,
              "nearCriticalMinutes",
              "The near-critical float is 0 to 20 years (10540800 minutes).");
          problems.throwIfAny();
          Long calendarId =
              settings.calendarId() == null
                      || settings.calendarId() == context.calendars().organizationCalendarId()
                  ? null
                  : settings.calendarId();
          context
              .plan()
              .configure(
                  settings.start(),
                  settings.statusDate(),
                  calendarId,
                  settings.scheduleMode(),
                  nearCritical);
        });
  }

  @Transactional
  public ScheduleResult schedule(long projectId, CurrentUser me) {
    return editor.schedule(projectId, me);
  }

  @Transactional(readOnly = true)
  public ScheduleRequest scheduleRequest(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    Plan plan =
        read.exists()
            ? read.plan()
            : Plan.start(projectId, reader.startOf(read.project()), me.username(), null);
    return PlanNetwork.request(
        plan, reader.tasks(read), reader.links(read), reader.calendars(read));
  }

  /**
   * The users behind the resources of every plan, by project, leaving out the projects {@code me}
   * may not see.
   */
  @Transactional(readOnly = true)
  public Map<Long, Set<Long>> usersByProject(CurrentUser me) {
    Set<Long> hidden = access.projects().hiddenProjectIds(me);
    Map<Long, Set<Long>> users = new TreeMap<>();
    for (Object[] row : store.resources().projectUsers()) {
      long projectId = ((Number) row[0]).longValue();
      if (!hidden.contains(projectId)) {
        users.computeIfAbsent(projectId, k -> new TreeSet<>()).add(((Number) row[1]).longValue());
      }
    }
    return users;
  }

  /** The plan as it stands as the engine's leveler takes it, with the tasks' priorities. */
  @Transactional(readOnly = true)
  public LevelingRequest levelingRequest(long projectId, CurrentUser me) {
    return PlanLeveling.request(
        scheduleRequest(projectId, me),
        allTasks(projectId, null, me),
        resources(projectId, me),
        requirements(projectId, me));
  }

  /**
   * Where the plan as it stands asks more of a resource than it has, measured as leveling measures
   * it, on the plan's calendars and the tasks' working hours.
   */
  @Transactional(readOnly = true)
  public List<OverAllocationView> overAllocations(long projectId, CurrentUser me) {
    return PlanLeveling.views(
        ResourceLeveler.overAllocations(levelingRequest(projectId, me)), resources(projectId, me));
  }

  // ---------------------------------------------------------------- reads

  @Transactional(readOnly = true)
  public Page<TaskView> tasks(long projectId, Integer baseline, Pageable page, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    if (!read.exists()) {
      return new PageImpl<>(List.of(), page, 0);
    }
    Page<PlanTask> found = store.tasks().findByPlanIdOrderByOutlineIndexAsc(read.planId(), page);
    Map<Long, Variance> variances =
        baseline == null ? Map.of() : baselines.variances(read, reader.tasks(read), baseline);
    return found.map(t -> t.view(read.version(), variances.get(t.getId())));
  }

  @Transactional(readOnly = true)
  public List<TaskView> allTasks(long projectId, Integer baseline, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    List<PlanTask> tasks = reader.tasks(read);
    Map<Long, Variance> variances =
        baseline == null || !read.exists() ? Map.of() : baselines.variances(read, tasks, baseline);
    return tasks.stream().map(t -> t.view(read.version(), variances.get(t.getId()))).toList();
  }

  @Transactional(readOnly = true)
  public TaskView task(long projectId, long taskId, Integer baseline, CurrentUser me) {
    return withId(allTasks(projectId, baseline, me), taskId, "Task");
  }

  @Transactional(readOnly = true)
  public List<LinkView> links(long projectId, CurrentUser me) {
    return views(projectId, me, reader::links, PlanLink::view);
  }

  @Transactional(readOnly = true)
  public List<CalendarView> calendars(long projectId, CurrentUser me) {
    List<CalendarView> own = views(projectId, me, reader::ownCalendars, PlanCalendar::view);
    List<CalendarView> all = new ArrayList<>();
    all.add(organizationCalendar());
    all.addAll(own);
    return all;
  }

  @Transactional(readOnly = true)
  public CalendarView calendar(long projectId, long calendarId, CurrentUser me) {
    return withId(calendars(projectId, me), calendarId, "Calendar");
  }

  @Transactional(readOnly = true)
  public CalendarView organizationCalendar() {
    return store.organizationCalendar().view(0);
  }

  @Transactional(readOnly = true)
  public List<ResourceView> resources(long projectId, CurrentUser me) {
    return views(projectId, me, reader::resources, PlanResource::view);
  }

  @Transactional(readOnly = true)
  public List<RequirementView> requirements(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    Map<Long, String> names = new java.util.HashMap<>();
    reader.resources(read).forEach(r -> names.put(r.getId(), r.getName()));
    return reader.requirements(read).stream()
        .map(r -> r.view(names.get(r.getResourceId()), read.version()))
        .toList();
  }

  /** The whole plan as records, for whoever sees the project, to be written to a file. */
  @Transactional(readOnly = true)
  public PlanExport export(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    List<PlanExport.SavedBaseline> saved =
        read.exists()
            ? store.baselines().findByPlanIdOrderByNumberAsc(read.planId()).stream()
                .map(b -> new PlanExport.SavedBaseline(b.view(), b.tasks()))
                .toList()
            : List.of();
    return new PlanExport(
        read.project().code(),
        read.project().name(),
        reader.view(read),
        calendars(projectId, me),
        allTasks(projectId, null, me),
        links(projectId, me),
        resources(projectId, me),
        requirements(projectId, me),
        saved);
  }

  /** The plan's entries of one kind as the caller sees them, each with the plan's version. */
  private <E, V> List<V> views(
      long projectId,
      CurrentUser me,
      Function<PlanReader.Read, List<E>> entries,
      BiFunction<E, Long, V> view) {
    PlanReader.Read read = reader.read(projectId, me);
    return entries.apply(read).stream().map(e -> view.apply(e, read.version())).toList();
  }

  /** The entry of {@code entries} with {@code id}; none is "not found" as a {@code kind}. */
  private static <T extends Versioned.Entry> T withId(List<T> entries, long id, String kind) {
    return entries.stream()
        .filter(e -> e.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(kind, id));
  }
}
