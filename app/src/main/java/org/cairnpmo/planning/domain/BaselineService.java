package org.cairnpmo.planning.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.schedule.WorkingCalendar;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.BaselineView;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.Variance;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's baselines, numbered 0 to 10: saving one keeps every task's current dates, duration, work
 * and cost (saving a number again replaces what it held); reads compare the plan with any of them.
 * Saving names the plan version it was taken from (409 when stale) but leaves the plan and its
 * version as they are.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BaselineService {

  private final PlanReader reader;
  private final PlanEditor editor;
  private final PlanAccess access;
  private final PlanStore store;
  private final java.time.Clock clock;

  @Transactional(readOnly = true)
  public List<BaselineView> list(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    return read.exists()
        ? store.baselines().findByPlanIdOrderByNumberAsc(read.planId()).stream()
            .map(Baseline::view)
            .toList()
        : List.of();
  }

  @Transactional(readOnly = true)
  public List<BaselineTask> tasks(long projectId, int number, CurrentUser me) {
    return baseline(reader.read(projectId, me), number).tasks();
  }

  @Transactional
  public BaselineView save(
      long projectId, int number, String name, long expectedVersion, CurrentUser me) {
    Problems problems = new Problems();
    problems.require(
        number >= 0 && number <= PlanLimits.MAX_BASELINE_NUMBER,
        "number",
        "Baselines are numbered 0 to " + PlanLimits.MAX_BASELINE_NUMBER + ".");
    problems.text("name", name, 200, false, "");
    problems.throwIfAny();
    Plan plan = editor.planOf(access.editable(projectId, me), me);
    plan.requireVersion(expectedVersion);
    PlanReader.Read read = reader.read(projectId, me);
    List<PlanTask> tasks = reader.tasks(read);
    Map<Long, TaskFigures.Figures> figures = figures(read, tasks);
    List<BaselineSnapshot> snapshots = new ArrayList<>();
    for (PlanTask task : tasks) {
      TaskFigures.Figures f = figures.get(task.getId());
      snapshots.add(
          new BaselineSnapshot(
              new BaselineTask(
                  task.getId(),
                  task.getStartAt(),
                  task.getFinishAt(),
                  f.durationMinutes(),
                  f.workMinutes(),
                  f.cost())));
    }
    store.baselines().findByPlanIdAndNumber(plan.getId(), number).ifPresent(this::drop);
    String title = name == null || name.isBlank() ? defaultName(number) : name.strip();
    Baseline saved =
        store
            .baselines()
            .saveAndFlush(
                Baseline.save(
                    plan.getId(), number, title, snapshots, me.username(), clock.instant()));
    return saved.view();
  }

  @Transactional
  public void delete(long projectId, int number, long expectedVersion, CurrentUser me) {
    access.editable(projectId, me);
    Plan plan =
        store
            .plans()
            .findByProjectId(projectId)
            .orElseThrow(() -> new NotFoundException("Baseline", number));
    plan.requireVersion(expectedVersion);
    drop(
        store
            .baselines()
            .findByPlanIdAndNumber(plan.getId(), number)
            .orElseThrow(() -> new NotFoundException("Baseline", number)));
  }

  private void drop(Baseline baseline) {
    store.baselines().delete(baseline);
    store.baselines().flush();
  }

  static String defaultName(int number) {
    return number == 0 ? "Baseline" : "Baseline " + number;
  }

  /**
   * Each task's variance against baseline {@code number} of the plan read, by task id; "not found"
   * when the plan has no such baseline.
   */
  Map<Long, Variance> variances(PlanReader.Read read, List<PlanTask> tasks, int number) {
    Baseline baseline = baseline(read, number);
    Map<Long, BaselineTask> kept = new HashMap<>();
    baseline.tasks().forEach(t -> kept.put(t.taskId(), t));
    CalendarBook calendars = reader.calendars(read);
    Map<Long, TaskFigures.Figures> figures = figures(read, tasks, calendars);
    Map<Long, Variance> variances = new HashMap<>();
    for (PlanTask task : tasks) {
      BaselineTask then = kept.get(task.getId());
      if (then == null) {
        continue;
      }
      WorkingCalendar calendar =
          calendars.get(
              task.getCalendarId() != null
                  ? task.getCalendarId()
                  : planCalendarId(read, calendars));
      TaskFigures.Figures now = figures.get(task.getId());
      variances.put(
          task.getId(),
          new Variance(
              number,
              then.start(),
              then.finish(),
              then.durationMinutes(),
              then.workMinutes(),
              then.cost(),
              between(calendar, then.start(), task.getStartAt()),
              between(calendar, then.finish(), task.getFinishAt()),
              now.durationMinutes() - then.durationMinutes(),
              now.workMinutes() - then.workMinutes(),
              then.cost() == null || now.cost() == null ? null : now.cost().subtract(then.cost())));
    }
    return variances;
  }

  private Baseline baseline(PlanReader.Read read, int number) {
    return (read.exists()
            ? store.baselines().findByPlanIdAndNumber(read.planId(), number)
            : java.util.Optional.<Baseline>empty())
        .orElseThrow(() -> new NotFoundException("Baseline", number));
  }

  private static Long between(WorkingCalendar calendar, LocalDateTime then, LocalDateTime now) {
    return then == null || now == null ? null : calendar.workBetween(then, now);
  }

  private static long planCalendarId(PlanReader.Read read, CalendarBook calendars) {
    Long id = read.plan().getCalendarId();
    return id == null ? calendars.organizationCalendarId() : id;
  }

  private Map<Long, TaskFigures.Figures> figures(PlanReader.Read read, List<PlanTask> tasks) {
    return figures(read, tasks, reader.calendars(read));
  }

  private Map<Long, TaskFigures.Figures> figures(
      PlanReader.Read read, List<PlanTask> tasks, CalendarBook calendars) {
    WorkingCalendar planCalendar =
        read.exists()
            ? calendars.get(planCalendarId(read, calendars))
            : calendars.get(calendars.organizationCalendarId());
    return TaskFigures.of(tasks, reader.requirements(read), reader.resources(read), planCalendar);
  }
}
