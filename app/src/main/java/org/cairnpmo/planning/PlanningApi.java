package org.cairnpmo.planning;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

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
 */
@Service
public class PlanningApi {

  private static UnsupportedOperationException notYet() {
    return new UnsupportedOperationException("Not implemented yet");
  }

  // ---------------------------------------------------------------- the plan

  /**
   * The project's plan; made (empty, starting on the project's planned start) the first time
   * someone who may change it asks. Someone who may only read it sees an empty, unsaved plan (id 0,
   * version 0) until then.
   */
  public PlanView plan(long projectId, CurrentUser me) {
    throw notYet();
  }

  /** The project's plan if it has one; never makes one. */
  public Optional<PlanView> findPlan(long projectId, CurrentUser me) {
    throw notYet();
  }

  /** Whether {@code me} may change the project's plan now (sees it, manages it, project open). */
  public boolean mayEdit(long projectId, CurrentUser me) {
    throw notYet();
  }

  /** Changes the plan's start, status date, calendar, conventions or near-critical float. */
  public PlanEdit<PlanView> updatePlan(
      long projectId, PlanSettings settings, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /**
   * Schedules the plan again from what it holds, stores the dates and conflicts and answers what
   * moved. Changes nothing the planner wrote, so it needs no version; the plan's version rises when
   * any date moved.
   */
  public ScheduleResult schedule(long projectId, CurrentUser me) {
    throw notYet();
  }

  /**
   * The engine's request for the plan as it stands (task ids are the plan's task ids as text), for
   * analyses that run the scheduler themselves (schedule risk, leveling).
   */
  public ScheduleRequest scheduleRequest(long projectId, CurrentUser me) {
    throw notYet();
  }

  // ---------------------------------------------------------------- tasks

  /**
   * A page of the plan's tasks in outline order, with variances against {@code baseline} if given.
   */
  public Page<TaskView> tasks(long projectId, Integer baseline, Pageable pageable, CurrentUser me) {
    throw notYet();
  }

  /** Every task of the plan in outline order, with variances against {@code baseline} if given. */
  public List<TaskView> allTasks(long projectId, Integer baseline, CurrentUser me) {
    throw notYet();
  }

  public TaskView task(long projectId, long taskId, Integer baseline, CurrentUser me) {
    throw notYet();
  }

  /** Adds a task at {@code placement} (last at the top level when null). */
  public PlanEdit<TaskView> addTask(
      long projectId,
      TaskData data,
      TaskPlacement placement,
      long expectedVersion,
      CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<TaskView> editTask(
      long projectId, long taskId, TaskData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Moves a task with everything under it; WBS codes follow. */
  public PlanEdit<TaskView> moveTask(
      long projectId, long taskId, TaskPlacement placement, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Makes the task the last child of the sibling before it. */
  public PlanEdit<TaskView> indentTask(
      long projectId, long taskId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Makes the task the sibling right after its parent. */
  public PlanEdit<TaskView> outdentTask(
      long projectId, long taskId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Deletes the task with everything under it, and their links and requirements. */
  public PlanEdit<Void> deleteTask(
      long projectId, long taskId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  // ---------------------------------------------------------------- links

  public List<LinkView> links(long projectId, CurrentUser me) {
    throw notYet();
  }

  /** Adds a link; a second link of the same pair, a self-link or a cycle is refused. */
  public PlanEdit<LinkView> addLink(
      long projectId, LinkData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<LinkView> editLink(
      long projectId, long linkId, LinkData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<Void> deleteLink(
      long projectId, long linkId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  // ---------------------------------------------------------------- calendars

  /** The organization's calendar first, then the plan's own calendars by name. */
  public List<CalendarView> calendars(long projectId, CurrentUser me) {
    throw notYet();
  }

  public CalendarView calendar(long projectId, long calendarId, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<CalendarView> addCalendar(
      long projectId, CalendarData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<CalendarView> editCalendar(
      long projectId, long calendarId, CalendarData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Deletes a calendar no task, resource, calendar or the plan uses. */
  public PlanEdit<Void> deleteCalendar(
      long projectId, long calendarId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** The organization's default calendar, which every plan's calendars derive from. */
  public CalendarView organizationCalendar() {
    throw notYet();
  }

  // ---------------------------------------------------------------- resources and requirements

  public List<ResourceView> resources(long projectId, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<ResourceView> addResource(
      long projectId, ResourceData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<ResourceView> editResource(
      long projectId, long resourceId, ResourceData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** Deletes a resource and every requirement of it. */
  public PlanEdit<Void> deleteResource(
      long projectId, long resourceId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public List<RequirementView> requirements(long projectId, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<RequirementView> addRequirement(
      long projectId, RequirementData data, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<RequirementView> editRequirement(
      long projectId,
      long requirementId,
      RequirementData data,
      long expectedVersion,
      CurrentUser me) {
    throw notYet();
  }

  public PlanEdit<Void> deleteRequirement(
      long projectId, long requirementId, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  // ---------------------------------------------------------------- baselines

  /** The plan's baselines by number. */
  public List<BaselineView> baselines(long projectId, CurrentUser me) {
    throw notYet();
  }

  /**
   * Saves every task's current dates, duration, work and cost as baseline {@code number} (0 to 10),
   * replacing what that number held. The plan's dates do not change, nor its version.
   */
  public BaselineView saveBaseline(
      long projectId, int number, String name, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  public void deleteBaseline(long projectId, int number, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** What baseline {@code number} kept of each task. */
  public List<BaselineTask> baselineTasks(long projectId, int number, CurrentUser me) {
    throw notYet();
  }

  // ---------------------------------------------------------------- whole plans

  /**
   * Replaces everything in the project's plan by {@code plan} (all or nothing: one problem and the
   * plan stays as it was), then schedules it. The plan is made if the project has none ({@code
   * expectedVersion} 0 then).
   */
  public PlanEdit<PlanView> replacePlan(
      long projectId, PlanImport plan, long expectedVersion, CurrentUser me) {
    throw notYet();
  }

  /** The whole plan as records, for writing it to a file. */
  public PlanExport exportView(long projectId, CurrentUser me) {
    throw notYet();
  }
}
