/**
 * Planning: each project's plan: work breakdown (summary tasks, tasks, milestones with WBS codes),
 * working calendars, dependencies, constraints, progress, resources and their requirements,
 * baselines, and the dates the engine's scheduler ({@code org.cairnpmo.engine.schedule}) computes
 * from them. The decisions are written out in {@code docs/planning.md}.
 *
 * <p><b>One plan per project</b>, made on first use by someone who may change it, starting on the
 * project's planned start (today when it has none) on the organization's calendar.
 *
 * <p><b>Access.</b> Whoever may see a project reads its plan; its manager, the PMO and
 * administrators change it, while the project is open. A project the caller may not see is "not
 * found", and so is a task, link, calendar or resource of another plan.
 *
 * <p><b>One version per plan.</b> Every change names the plan version it was based on and raises
 * it: the plan is scheduled as a whole after every change, so a change to one task moves others,
 * and per-task versions would let two people each change a task from dates that no longer hold. The
 * API's ETag of a plan, task, link, calendar, resource or requirement is the plan's version.
 *
 * <p><b>Every change reschedules</b> in the same transaction; the computed dates, floats, critical
 * flags and conflicts are stored, so reading a plan never schedules. What moved is answered with
 * the change ({@link org.cairnpmo.planning.PlanEdit}).
 *
 * <p><b>Key milestones.</b> A task may name a key milestone of the project (control); after each
 * scheduling run the milestone's forecast follows the task's finish through {@code ControlApi}.
 * Planning depends on control's API, never the reverse. Each run also publishes {@link
 * org.cairnpmo.planning.PlanScheduled}.
 *
 * <p><b>Conflicts are kept.</b> A constraint or deadline the dates cannot meet, or a manual task
 * earlier than its links allow, is stored with the plan and shown; a change that would make a
 * dependency cycle is refused (400) with the tasks of the cycle named by WBS code and name.
 *
 * <p><b>Whole plans.</b> {@link org.cairnpmo.planning.PlanningApi#replacePlan} replaces everything
 * from a neutral {@link org.cairnpmo.planning.PlanImport} (parts refer to each other by the file's
 * keys), checked whole before anything is touched, in one transaction; {@link
 * org.cairnpmo.planning.PlanningApi#exportView} reads the whole plan back as records.
 *
 * <p><b>Archive bundle.</b> {@code domain.PlanRecords} writes the whole plan into a closed
 * project's bundle (section {@code planning}, by WBS code and name) and restores it through {@link
 * org.cairnpmo.planning.PlanningApi#replacePlan}; {@code domain.PlanClosingReport} gives the final
 * report its schedule. See {@code docs/archive-bundle.md}.
 *
 * <p><b>Demo.</b> Four active demo projects get plans from {@code demo/planning-plans.yml} through
 * this API, with a baseline, progress at today's date, three-point estimates and resources wanted
 * beyond their units.
 */
@ApplicationModule(
    displayName = "Planning",
    allowedDependencies = {"identity", "projects", "platform", "control"})
package org.cairnpmo.planning;

import org.springframework.modulith.ApplicationModule;
