/**
 * Resource leveling: delays tasks so that no resource carries more than its capacity (the
 * resource-constrained project scheduling problem, RCPSP), honouring priorities, constraints and
 * manually scheduled tasks.
 *
 * <p>Two layers:
 *
 * <ul>
 *   <li>{@link org.cairnpmo.engine.schedule.leveling.RcpspProblem} and {@link
 *       org.cairnpmo.engine.schedule.leveling.RcpspSolver}: the problem on integer time (durations,
 *       capacities, demands, minimum start-to-start distances, releases, fixed starts, priorities,
 *       deadlines). {@link org.cairnpmo.engine.schedule.leveling.RcpspSolver#baseline} is what MS
 *       Project does (one serial pass, least slack first); {@link
 *       org.cairnpmo.engine.schedule.leveling.LevelingMode#HEURISTIC} searches activity lists
 *       (priority rules, biased sampling, forward-backward improvement, a genetic algorithm that
 *       renews its population when it stops improving) within a budget of schedules and time,
 *       deterministic for a seed; {@link
 *       org.cairnpmo.engine.schedule.leveling.LevelingMode#OPTIMIZE} then gives CP-SAT the rest of
 *       the time limit, hinted with the heuristic's schedule, and reports the lower bound, the gap
 *       and whether the finish is proven optimal.
 *   <li>{@link org.cairnpmo.engine.schedule.leveling.ResourceLeveler}: the same over the
 *       scheduler's plans, in working minutes of the project calendar; the delays go back as
 *       start-no-earlier-than constraints and {@link org.cairnpmo.engine.schedule.Scheduler}
 *       schedules the plan again, so calendars and links stay exact. It returns the plan before and
 *       after, the delay of each task and the over-allocations before and after.
 *   <li>{@link org.cairnpmo.engine.schedule.leveling.PortfolioLeveler}: several projects' plans
 *       that share people as one problem, a person's load summed over the projects; the projects in
 *       priority order, with a longest delay each, projects that may not move and a period in which
 *       tasks may move. Each plan is scheduled again on its own calendar.
 * </ul>
 *
 * <p>A levelled schedule never exceeds a capacity, except where fixed work alone already does, or
 * where one task alone needs more than there is (such a task is reported and runs alone on that
 * resource).
 */
package org.cairnpmo.engine.schedule.leveling;
