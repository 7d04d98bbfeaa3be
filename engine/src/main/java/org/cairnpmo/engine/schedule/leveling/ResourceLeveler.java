package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.engine.schedule.WorkingCalendar;

/**
 * Levels a plan of the scheduler: delays tasks so that no resource carries more than its capacity,
 * and returns the plan before and after.
 *
 * <p>Time is counted in working minutes of the project calendar from the project start, divided by
 * their greatest common divisor (durations, lags, releases and fixed dates), so a plan in whole
 * days levels in days and a plan in hours in hours, exactly; minutes rather than days because tasks
 * of a few hours are common, and the divisor keeps the problem as small as days when they are not.
 * When even that makes the horizon too long, the unit is doubled until it fits, rounding durations
 * and distances up, so the levelled plan is safe (never over capacity) if a little longer.
 *
 * <p>Every leaf task is an activity; links to or from a summary task apply to every leaf under it.
 * A link becomes a start distance with the durations of the unlevelled plan. Tasks that never move:
 * manually scheduled, started or finished tasks, tasks with a must-start/finish-on or a no-later-
 * than constraint, as-late-as-possible tasks and tasks of priority {@link
 * LevelingRequest#DO_NOT_LEVEL}. The release of a task is where its own constraint, the project
 * start and the status date let it start. The delays found become start-no-earlier-than constraints
 * and the plan is scheduled again with {@link Scheduler}, so calendars and links stay exact; the
 * over-allocations after are measured on that schedule.
 */
public final class ResourceLeveler {

  private static final long MAX_HORIZON = 200_000;

  private final LevelingRequest request;
  private final ScheduleRequest plan;
  private final WorkingCalendar calendar;
  private final Schedule before;
  private final LocalDateTime origin;
  private final List<Integer> leaves = new ArrayList<>();
  private final Map<String, List<Integer>> leavesUnder = new HashMap<>();
  private final Map<String, Integer> activity = new HashMap<>();
  private final boolean[] fixed;
  private final long[] start;
  private final long[] finish;
  private final long[] release;
  private final List<long[]> arcs = new ArrayList<>();

  private ResourceLeveler(LevelingRequest request) {
    this.request = request;
    this.plan = request.plan();
    this.calendar =
        plan.calendars().stream()
            .filter(c -> c.id().equals(plan.projectCalendarId()))
            .findFirst()
            .orElseThrow();
    this.before = Scheduler.schedule(plan);
    outline();
    int n = leaves.size();
    LocalDateTime first = plan.projectStart();
    for (int i : leaves) {
      LocalDateTime s = before.tasks().get(i).start();
      first = s.isBefore(first) ? s : first;
    }
    origin = first;
    fixed = new boolean[n];
    start = new long[n];
    finish = new long[n];
    release = new long[n];
    measure();
    links();
  }

  /** Levels the plan; see the class description. */
  public static LeveledPlan level(LevelingRequest request, LevelingOptions options) {
    Loads.capacities(request);
    return new ResourceLeveler(request).run(options);
  }

  /**
   * Where the plan as it is scheduled now asks more of a resource than it has: the over-allocations
   * before leveling, without leveling.
   */
  public static List<OverAllocation> overAllocations(LevelingRequest request) {
    Loads.capacities(request);
    return Loads.overAllocations(Scheduler.schedule(request.plan()), request);
  }

  private void outline() {
    Set<String> parents = new HashSet<>();
    plan.tasks().forEach(t -> parents.add(t.parentId()));
    Map<String, String> parentOf = new HashMap<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      ScheduleTask task = plan.tasks().get(i);
      parentOf.put(task.id(), task.parentId());
      if (!parents.contains(task.id())) {
        activity.put(task.id(), leaves.size());
        leaves.add(i);
      }
    }
    for (int i : leaves) {
      for (String up = plan.tasks().get(i).id(); up != null; up = parentOf.get(up)) {
        leavesUnder
            .computeIfAbsent(up, k -> new ArrayList<>())
            .add(activity.get(plan.tasks().get(i).id()));
      }
    }
  }

  private void measure() {
    ScheduleRequest unlinked =
        new ScheduleRequest(
            plan.projectStart(),
            plan.statusDate(),
            plan.calendars(),
            plan.projectCalendarId(),
            plan.tasks(),
            List.of(),
            0,
            plan.rules());
    Schedule free = Scheduler.schedule(unlinked);
    for (int a = 0; a < leaves.size(); a++) {
      ScheduleTask task = plan.tasks().get(leaves.get(a));
      ScheduledTask dates = before.tasks().get(leaves.get(a));
      start[a] = minute(dates.start());
      finish[a] = Math.max(start[a], minute(dates.finish()));
      fixed[a] = isFixed(task);
      release[a] = Math.min(start[a], minute(free.tasks().get(leaves.get(a)).earlyStart()));
    }
  }

  private boolean isFixed(ScheduleTask task) {
    ConstraintType type = task.constraint().type();
    return task.isManual()
        || task.progress().isStarted()
        || request.priority(task.id()) >= LevelingRequest.DO_NOT_LEVEL
        || type == ConstraintType.AS_LATE_AS_POSSIBLE
        || type == ConstraintType.START_NO_LATER_THAN
        || type == ConstraintType.FINISH_NO_LATER_THAN
        || type == ConstraintType.MUST_START_ON
        || type == ConstraintType.MUST_FINISH_ON;
  }

  /** Start distances in minutes between leaves; a link from a fixed task is a release. */
  private void links() {
    for (Link link : plan.links()) {
      for (int i : leavesUnder.get(link.predecessor())) {
        for (int j : leavesUnder.get(link.successor())) {
          if (i == j || fixed[j]) {
            continue;
          }
          long d = distance(link, i, j);
          if (fixed[i]) {
            release[j] = Math.max(release[j], Math.min(start[j], start[i] + d));
          } else {
            arcs.add(new long[] {i, j, d});
          }
        }
      }
    }
  }

  private long distance(Link link, int i, int j) {
    long p = finish[i] - start[i];
    long s = finish[j] - start[j];
    long lag = lagMinutes(link, i, p);
    return switch (link.type()) {
      case FINISH_TO_START -> p + lag;
      case START_TO_START -> lag;
      case FINISH_TO_FINISH -> p - s + lag;
      case START_TO_FINISH -> lag - s;
    };
  }

  /** The lag in working minutes of the project calendar, where the predecessor is now. */
  private long lagMinutes(Link link, int i, long predecessorMinutes) {
    Lag lag = link.lag();
    return switch (lag.kind()) {
      case WORKING -> lag.amount();
      case PERCENT -> Math.round(predecessorMinutes * lag.amount() / 100.0);
      case ELAPSED -> {
        LocalDateTime anchor = calendar.addWork(origin, finish[i]);
        yield calendar.workBetween(anchor, anchor.plusMinutes(lag.amount()));
      }
    };
  }

  private LeveledPlan run(LevelingOptions options) {
    long unit = unit();
    RcpspProblem problem = problem(unit);
    RcpspSolution solution = RcpspSolver.solve(problem, options);
    Schedule leveled = reschedule(solution, unit, false);
    if (!placedAsLevelled(leveled, solution, unit)) {
      leveled = reschedule(solution, unit, true);
    }
    List<TaskDelay> delays = new ArrayList<>();
    for (int i : leaves) {
      ScheduledTask was = before.tasks().get(i);
      ScheduledTask now = leveled.tasks().get(i);
      if (now.start().isAfter(was.start())) {
        delays.add(
            new TaskDelay(
                was.id(),
                was.start(),
                now.start(),
                calendar.workBetween(was.start(), now.start())));
      }
    }
    List<String> overDemanding =
        problem.overDemanding().stream().map(a -> plan.tasks().get(leaves.get(a)).id()).toList();
    return new LeveledPlan(
        before,
        leveled,
        delays,
        Loads.overAllocations(before, request),
        Loads.overAllocations(leveled, request),
        overDemanding,
        solution,
        unit);
  }

  /**
   * The greatest common divisor of every time in the problem, doubled while the horizon is long.
   */
  private long unit() {
    long g = 0;
    long horizon = 0;
    for (int a = 0; a < leaves.size(); a++) {
      g = gcd(g, finish[a] - start[a]);
      g = fixed[a] ? gcd(gcd(g, start[a]), finish[a]) : gcd(g, release[a]);
      horizon += finish[a] - start[a];
      horizon = Math.max(horizon, fixed[a] ? finish[a] : release[a]);
    }
    for (long[] arc : arcs) {
      g = gcd(g, Math.abs(arc[2]));
      horizon += Math.max(0, arc[2]);
    }
    long unit = g == 0 ? 1 : g;
    while (horizon / unit > MAX_HORIZON) {
      unit *= 2;
    }
    return unit;
  }

  private RcpspProblem problem(long unit) {
    Map<String, Long> capacity = Loads.capacities(request);
    List<String> resources =
        request.capacities().stream().map(ResourceCapacity::resourceId).toList();
    RcpspProblem.Builder builder = RcpspProblem.builder(resources.size());
    for (int r = 0; r < resources.size(); r++) {
      builder.capacity(r, (int) Math.min(Integer.MAX_VALUE, capacity.get(resources.get(r))));
    }
    int[][] demand = new int[leaves.size()][resources.size()];
    for (ResourceRequirement req : request.requirements()) {
      Integer a = activity.get(req.taskId());
      if (a == null) {
        throw new InvalidScheduleException(
            plan.tasks().stream().anyMatch(t -> t.id().equals(req.taskId()))
                ? "Task " + req.taskId() + " is a summary task: give its resources to its tasks"
                : "A resource requirement names the unknown task " + req.taskId());
      }
      demand[a][resources.indexOf(req.resourceId())] += (int) Loads.hundredths(req.units());
    }
    for (int a = 0; a < leaves.size(); a++) {
      ScheduleTask task = plan.tasks().get(leaves.get(a));
      long from = Math.floorDiv(start[a], unit);
      long length =
          fixed[a] ? ceilDiv(finish[a], unit) - from : ceilDiv(finish[a] - start[a], unit);
      builder.activity((int) length, demand[a]);
      builder.priority(a, request.priority(task.id()));
      if (fixed[a]) {
        builder.fix(a, (int) from);
      } else {
        builder.release(a, (int) ceilDiv(release[a], unit));
      }
      if (task.deadline() != null) {
        builder.deadline(a, (int) Math.floorDiv(minute(task.deadline()), unit));
      }
    }
    for (long[] arc : arcs) {
      builder.distance((int) arc[0], (int) arc[1], (int) ceilDiv(arc[2], unit));
    }
    return builder.build();
  }

  /**
   * The plan again with the delays as start-no-earlier-than constraints (all free tasks if asked).
   */
  private Schedule reschedule(RcpspSolution solution, long unit, boolean everyFreeTask) {
    List<ScheduleTask> tasks = new ArrayList<>(plan.tasks());
    for (int a = 0; a < leaves.size(); a++) {
      long levelled = solution.start(a) * unit;
      if (!fixed[a] && (everyFreeTask || levelled != start[a])) {
        LocalDateTime date = calendar.nextWorkStart(calendar.addWork(origin, levelled));
        int i = leaves.get(a);
        tasks.set(i, tasks.get(i).constrained(ConstraintType.START_NO_EARLIER_THAN, date));
      }
    }
    return Scheduler.schedule(
        new ScheduleRequest(
            plan.projectStart(),
            plan.statusDate(),
            plan.calendars(),
            plan.projectCalendarId(),
            tasks,
            plan.links(),
            plan.nearCriticalMinutes(),
            plan.rules()));
  }

  private boolean placedAsLevelled(Schedule leveled, RcpspSolution solution, long unit) {
    for (int a = 0; a < leaves.size(); a++) {
      if (!fixed[a]
          && minute(leveled.tasks().get(leaves.get(a)).start()) != solution.start(a) * unit) {
        return false;
      }
    }
    return true;
  }

  private long minute(LocalDateTime date) {
    return calendar.workBetween(origin, date);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
