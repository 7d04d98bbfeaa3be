package org.cairnpmo.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.leveling.LevelingRequest;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.domain.BaselineService;
import org.cairnpmo.planning.domain.LinkService;
import org.cairnpmo.planning.domain.PlanImporter;
import org.cairnpmo.planning.domain.PlanService;
import org.cairnpmo.planning.domain.TaskDemandReader;
import org.cairnpmo.planning.domain.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's plan: its work breakdown, calendars, links, resources and baselines, and the dates
 * the scheduler computes from them. Whoever sees the project reads its plan; its manager, the PMO
 * and administrators change it while the project is open. A project the caller may not see is "not
 * found" ({@link org.cairnpmo.platform.NotFoundException}) everywhere.
 *
 * <p>Every change names the plan version it was based on ({@code expectedVersion}); a stale one is
 * a {@link org.cairnpmo.platform.StaleVersionException} and changes nothing. Every change
 * reschedules the plan in the same transaction and answers with what moved ({@link PlanEdit}). Ids
 * of tasks, links, calendars and resources are the plan's own; one of another plan is "not found".
 *
 * <p>No other module changes a plan's links, calendars, resources or requirements: the planning
 * pages and API make those changes through the domain's services, so this facade only reads them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanningApi {

  private final PlanService plans;
  private final TaskService tasks;
  private final BaselineService baselines;
  private final PlanImporter importer;
  private final TaskDemandReader taskDemand;
  private final LinkService linkService;

  // ---------------------------------------------------------------- the plan

  /**
   * The project's plan; made (empty, starting on the project's planned start) the first time
   * someone who may change it asks. Someone who may only read it sees an empty, unsaved plan (id 0,
   * version 0) until then.
   */
  public PlanView plan(long projectId, CurrentUser me) {
    return plans.plan(projectId, me);
  }

  /** The project's plan if it has one; never makes one. */
  public Optional<PlanView> findPlan(long projectId, CurrentUser me) {
    return plans.findPlan(projectId, me);
  }

  /** Whether {@code me} may change the project's plan now (sees it, manages it, project open). */
  public boolean mayEdit(long projectId, CurrentUser me) {
    return plans.mayEdit(projectId, me);
  }

  /** Changes the plan's start, status date, calendar, conventions or near-critical float. */
  public PlanEdit<PlanView> updatePlan(
      long projectId, PlanSettings settings, long expectedVersion, CurrentUser me) {
    return plans.update(projectId, settings, expectedVersion, me);
  }

  /**
   * Schedules the plan again from what it holds, stores the dates and conflicts and answers what
   * moved. Changes nothing the planner wrote, so it needs no version; the plan's version rises when
   * any date moved.
   */
  public ScheduleResult schedule(long projectId, CurrentUser me) {
    return plans.schedule(projectId, me);
  }

  /**
   * The engine's request for the plan as it stands (task ids are the plan's task ids as text), for
   * analyses that run the scheduler themselves (schedule risk, leveling).
   */
  public ScheduleRequest scheduleRequest(long projectId, CurrentUser me) {
    return plans.scheduleRequest(projectId, me);
  }

  /**
   * The plan as it stands as the engine's leveler takes it (ids as in {@link #scheduleRequest}).
   */
  public LevelingRequest levelingRequest(long projectId, CurrentUser me) {
    return plans.levelingRequest(projectId, me);
  }

  /**
   * Where the plan as it stands asks more of a resource than it has, as the leveler finds it before
   * leveling.
   */
  public List<OverAllocationView> overAllocations(long projectId, CurrentUser me) {
    return plans.overAllocations(projectId, me);
  }

  /**
   * The users behind the resources of every plan, by project, leaving out the projects {@code me}
   * may not see: who works in which projects, for leveling the people they share.
   */
  public Map<Long, Set<Long>> usersByProject(CurrentUser me) {
    return plans.usersByProject(me);
  }

  /**
   * Applies leveling to the plan: each task named starts no earlier than its leveled start (a
   * manually scheduled task starts there), then the plan is scheduled again. Leveling only delays:
   * a start before the task's scheduled start is refused. Whoever may change the plan may do it,
   * and resource managers, who level the people that projects share.
   */
  public PlanEdit<PlanView> applyLeveling(
      long projectId, Map<Long, LocalDateTime> starts, long expectedVersion, CurrentUser me) {
    return tasks.applyLeveling(projectId, starts, expectedVersion, me);
  }

  // ---------------------------------------------------------------- tasks

  /**
   * A page of the plan's tasks in outline order, with variances against {@code baseline} if given.
   */
  public Page<TaskView> tasks(long projectId, Integer baseline, Pageable pageable, CurrentUser me) {
    return plans.tasks(projectId, baseline, pageable, me);
  }

  /** Every task of the plan in outline order, with variances against {@code baseline} if given. */
  public List<TaskView> allTasks(long projectId, Integer baseline, CurrentUser me) {
    return plans.allTasks(projectId, baseline, me);
  }

  public TaskView task(long projectId, long taskId, Integer baseline, CurrentUser me) {
    return plans.task(projectId, taskId, baseline, me);
  }

  /** Adds a task at {@code placement} (last at the top level when null). */
  public PlanEdit<TaskView> addTask(
      long projectId,
      TaskData data,
      TaskPlacement placement,
      long expectedVersion,
      CurrentUser me) {
    return tasks.add(projectId, data, placement, expectedVersion, me);
  }

  public PlanEdit<TaskView> editTask(
      long projectId, long taskId, TaskData data, long expectedVersion, CurrentUser me) {
    return tasks.edit(projectId, taskId, data, expectedVersion, me);
  }

  /**
   * Several task changes as one, in the order given: all are saved (each rescheduling the plan and
   * raising its version) or, when one is refused, none is. The answer is the last change's.
   */
  @Transactional
  public PlanEdit<TaskView> editTasks(
      long projectId, Map<Long, TaskData> changes, long expectedVersion, CurrentUser me) {
    PlanEdit<TaskView> last = null;
    long current = expectedVersion;
    for (Map.Entry<Long, TaskData> change : changes.entrySet()) {
      last = tasks.edit(projectId, change.getKey(), change.getValue(), current, me);
      current = last.version();
    }
    return last;
  }

  /** Moves a task with everything under it; WBS codes follow. */
  public PlanEdit<TaskView> moveTask(
      long projectId, long taskId, TaskPlacement placement, long expectedVersion, CurrentUser me) {
    return tasks.move(projectId, taskId, placement, expectedVersion, me);
  }

  /**
   * Indents the task (it becomes the last child of the sibling before it) or outdents it (the
   * sibling right after its parent), with everything under it; WBS codes follow.
   */
  public PlanEdit<TaskView> shiftTask(
      long projectId, long taskId, OutlineShift shift, long expectedVersion, CurrentUser me) {
    return tasks.shift(projectId, taskId, shift, expectedVersion, me);
  }

  /** Deletes the task with everything under it, and their links and requirements. */
  public PlanEdit<Void> deleteTask(
      long projectId, long taskId, long expectedVersion, CurrentUser me) {
    return tasks.delete(projectId, taskId, expectedVersion, me);
  }

  /**
   * Records progress at a status date: the plan's status date becomes {@code update.statusDate()}
   * and each task named gets its percent complete and actual dates; then the plan is scheduled from
   * the status date.
   */
  public PlanEdit<PlanView> recordProgress(
      long projectId, ProgressUpdate update, long expectedVersion, CurrentUser me) {
    return tasks.recordProgress(projectId, update, expectedVersion, me);
  }

  // ---------------------------------------------------------------- links

  public List<LinkView> links(long projectId, CurrentUser me) {
    return plans.links(projectId, me);
  }

  /** Adds a dependency between two tasks of the plan, then schedules it. */
  public PlanEdit<LinkView> addLink(
      long projectId, LinkData data, long expectedVersion, CurrentUser me) {
    return linkService.add(projectId, data, expectedVersion, me);
  }

  // ---------------------------------------------------------------- calendars

  /** The organization's calendar first, then the plan's own calendars by name. */
  public List<CalendarView> calendars(long projectId, CurrentUser me) {
    return plans.calendars(projectId, me);
  }

  public CalendarView calendar(long projectId, long calendarId, CurrentUser me) {
    return plans.calendar(projectId, calendarId, me);
  }

  /** The organization's default calendar, which every plan's calendars derive from. */
  public CalendarView organizationCalendar() {
    return plans.organizationCalendar();
  }

  // ---------------------------------------------------------------- resources and requirements

  public List<ResourceView> resources(long projectId, CurrentUser me) {
    return plans.resources(projectId, me);
  }

  public List<RequirementView> requirements(long projectId, CurrentUser me) {
    return plans.requirements(projectId, me);
  }

  /**
   * Every plan's requirements of people and roles on unfinished tasks scheduled between the two
   * days, for capacity planning: in bulk, without a visibility check; the caller applies the
   * register's rules when it answers a person.
   */
  public List<TaskDemand> taskDemandBetween(LocalDate first, LocalDate last) {
    return taskDemand.between(first, last);
  }

  // ---------------------------------------------------------------- baselines

  /** The plan's baselines by number. */
  public List<BaselineView> baselines(long projectId, CurrentUser me) {
    return baselines.list(projectId, me);
  }

  /**
   * Saves every task's current dates, duration, work and cost as baseline {@code number} (0 to 10),
   * replacing what that number held. The plan's dates do not change, nor its version.
   */
  public BaselineView saveBaseline(
      long projectId, int number, String name, long expectedVersion, CurrentUser me) {
    return baselines.save(projectId, number, name, expectedVersion, me);
  }

  public void deleteBaseline(long projectId, int number, long expectedVersion, CurrentUser me) {
    baselines.delete(projectId, number, expectedVersion, me);
  }

  /** What baseline {@code number} kept of each task. */
  public List<BaselineTask> baselineTasks(long projectId, int number, CurrentUser me) {
    return baselines.tasks(projectId, number, me);
  }

  // ---------------------------------------------------------------- whole plans

  /**
   * Replaces everything in the project's plan by {@code plan} (all or nothing: one problem and the
   * plan stays as it was), then schedules it. The plan is made if the project has none ({@code
   * expectedVersion} 0 then).
   */
  public PlanEdit<PlanView> replacePlan(
      long projectId, PlanImport plan, long expectedVersion, CurrentUser me) {
    return importer.replace(projectId, plan, expectedVersion, me);
  }

  /** The whole plan as records, for writing it to a file. */
  public PlanExport exportView(long projectId, CurrentUser me) {
    return plans.export(projectId, me);
  }
}
