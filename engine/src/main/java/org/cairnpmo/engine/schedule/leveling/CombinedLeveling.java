package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.WorkingCalendar;

/**
 * One leveling problem over one or more plans: their activities on one time axis (working minutes
 * of the first plan's calendar from the earliest origin), resources that any of them may share, and
 * each plan scheduled again with its own calendar from the solution.
 *
 * <p>Time is divided by the greatest common divisor of every time in the problem (durations, lags,
 * releases and fixed dates), so plans in whole days level in days and plans in hours in hours,
 * exactly; minutes rather than days because tasks of a few hours are common, and the divisor keeps
 * the problem as small as days when they are not. When even that makes the horizon too long, the
 * unit is doubled until it fits, rounding durations and distances up, so the levelled plan is safe
 * (never over capacity) if a little longer. A plan on another calendar than the first is put on the
 * axis date by date; its link distances are taken in its own working minutes.
 */
final class CombinedLeveling {

  private static final long MAX_HORIZON = 200_000;

  /**
   * A plan in the problem: the index of the problem's resource behind each resource id of the plan
   * (a resource not named is not levelled), and the priority of each task.
   */
  record Part(PlanPart plan, Map<String, Integer> resources, ToIntFunction<String> priority) {}

  /** Each plan scheduled again, in the order given, and the solver's figures. */
  record Result(
      List<Schedule> schedules,
      List<Integer> starts,
      RcpspSolution solution,
      long unit,
      List<String> overDemanding) {}

  private final List<Part> parts;
  private final long[] capacity;
  private final WorkingCalendar calendar;
  private final LocalDateTime origin;
  private final int[] offset;
  private final long[] start;
  private final long[] finish;
  private final long[] release;

  /** {@code capacity}: of each resource of the problem, in hundredths of a unit. */
  CombinedLeveling(List<Part> parts, long[] capacity) {
    this.parts = List.copyOf(parts);
    this.capacity = capacity.clone();
    this.calendar = parts.get(0).plan().calendar;
    LocalDateTime first = parts.get(0).plan().origin;
    for (Part part : parts) {
      first = part.plan().origin.isBefore(first) ? part.plan().origin : first;
    }
    this.origin = first;
    offset = new int[parts.size() + 1];
    for (int p = 0; p < parts.size(); p++) {
      offset[p + 1] = offset[p] + parts.get(p).plan().size();
    }
    int n = offset[parts.size()];
    start = new long[n];
    finish = new long[n];
    release = new long[n];
    for (int p = 0; p < parts.size(); p++) {
      PlanPart plan = parts.get(p).plan();
      for (int a = 0; a < plan.size(); a++) {
        start[offset[p] + a] = onAxis(plan, plan.start[a]);
        finish[offset[p] + a] = Math.max(start[offset[p] + a], onAxis(plan, plan.finish[a]));
        release[offset[p] + a] = Math.min(start[offset[p] + a], onAxis(plan, plan.release[a]));
      }
    }
  }

  /** Where activity {@code a} of part {@code p} starts now, in minutes on the axis. */
  long start(int p, int a) {
    return start[offset[p] + a];
  }

  /** The activity's number in the problem. */
  int index(int p, int a) {
    return offset[p] + a;
  }

  private long onAxis(PlanPart plan, long minute) {
    if (plan.calendar == calendar && plan.origin.equals(origin)) {
      return minute;
    }
    return calendar.workBetween(origin, plan.calendar.addWork(plan.origin, minute));
  }

  Result solve(LevelingOptions options) {
    long unit = unit();
    RcpspProblem problem = problem(unit);
    RcpspSolution solution = RcpspSolver.solve(problem, options);
    List<Schedule> schedules = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      schedules.add(reschedule(p, solution, unit));
    }
    for (int i = 0; i < start.length; i++) {
      starts.add(solution.start(i));
    }
    List<String> overDemanding = new ArrayList<>();
    for (int i : problem.overDemanding()) {
      int p = partOf(i);
      overDemanding.add(parts.get(p).plan().task(i - offset[p]).id());
    }
    return new Result(schedules, starts, solution, unit, overDemanding);
  }

  private int partOf(int activity) {
    int p = 0;
    while (offset[p + 1] <= activity) {
      p++;
    }
    return p;
  }

  /**
   * The greatest common divisor of every time in the problem, doubled while the horizon is long.
   */
  private long unit() {
    long g = 0;
    long horizon = 0;
    for (int p = 0; p < parts.size(); p++) {
      PlanPart plan = parts.get(p).plan();
      for (int a = 0; a < plan.size(); a++) {
        int i = offset[p] + a;
        g = gcd(g, finish[i] - start[i]);
        g = plan.fixed[a] ? gcd(gcd(g, start[i]), finish[i]) : gcd(g, release[i]);
        horizon += finish[i] - start[i];
        horizon = Math.max(horizon, plan.fixed[a] ? finish[i] : release[i]);
      }
      for (long[] arc : plan.arcs) {
        g = gcd(g, Math.abs(arc[2]));
        horizon += Math.max(0, arc[2]);
      }
    }
    long unit = g == 0 ? 1 : g;
    while (horizon / unit > MAX_HORIZON) {
      unit *= 2;
    }
    return unit;
  }

  private RcpspProblem problem(long unit) {
    RcpspProblem.Builder builder = RcpspProblem.builder(capacity.length);
    for (int r = 0; r < capacity.length; r++) {
      builder.capacity(r, (int) Math.min(Integer.MAX_VALUE, capacity[r]));
    }
    int[][] demand = new int[start.length][capacity.length];
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      for (ResourceRequirement req : part.plan().request.requirements()) {
        Integer a = part.plan().activity(req.taskId());
        if (a == null) {
          throw new InvalidScheduleException(
              part.plan().plan.tasks().stream().anyMatch(t -> t.id().equals(req.taskId()))
                  ? "Task " + req.taskId() + " is a summary task: give its resources to its tasks"
                  : "A resource requirement names the unknown task " + req.taskId());
        }
        Integer r = part.resources().get(req.resourceId());
        if (r != null) {
          demand[offset[p] + a][r] += (int) Loads.hundredths(req.units());
        }
      }
    }
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      PlanPart plan = part.plan();
      for (int a = 0; a < plan.size(); a++) {
        int i = offset[p] + a;
        long from = Math.floorDiv(start[i], unit);
        long length =
            plan.fixed[a] ? ceilDiv(finish[i], unit) - from : ceilDiv(finish[i] - start[i], unit);
        builder.activity((int) length, demand[i]);
        builder.priority(i, part.priority().applyAsInt(plan.task(a).id()));
        if (plan.fixed[a]) {
          builder.fix(i, (int) from);
        } else {
          builder.release(i, (int) ceilDiv(release[i], unit));
        }
        LocalDateTime deadline = plan.task(a).deadline();
        if (deadline != null) {
          builder.deadline(i, (int) Math.floorDiv(calendar.workBetween(origin, deadline), unit));
        }
      }
      for (long[] arc : plan.arcs) {
        builder.distance(
            offset[p] + (int) arc[0], offset[p] + (int) arc[1], (int) ceilDiv(arc[2], unit));
      }
    }
    return builder.build();
  }

  /**
   * The plan with its moved tasks starting where they were levelled; if the scheduler puts any free
   * task elsewhere (a calendar or a link that the levelled plan saw in whole units), with every
   * free task held at its levelled start (or where it was, if it did not move). A task levelled to
   * where it was, rounded up to the unit, did not move.
   */
  private Schedule reschedule(int p, RcpspSolution solution, long unit) {
    PlanPart plan = parts.get(p).plan();
    LocalDateTime[] moved = new LocalDateTime[plan.size()];
    LocalDateTime[] every = new LocalDateTime[plan.size()];
    long[] expected = new long[plan.size()];
    for (int a = 0; a < plan.size(); a++) {
      int i = offset[p] + a;
      long levelled = solution.start(i) * unit;
      if (solution.start(i) > ceilDiv(start[i], unit)) {
        LocalDateTime at = calendar.addWork(origin, levelled);
        moved[a] = plan.task(a).isMilestone() ? at : plan.calendar.nextWorkStart(at);
        every[a] = moved[a];
        expected[a] = levelled;
      } else {
        every[a] = plan.before.tasks().get(plan.leaves.get(a)).start();
        expected[a] = start[i];
      }
    }
    Schedule leveled = plan.reschedule(moved);
    for (int a = 0; a < plan.size(); a++) {
      if (!plan.fixed[a]
          && calendar.workBetween(origin, leveled.tasks().get(plan.leaves.get(a)).start())
              != expected[a]) {
        return plan.reschedule(every);
      }
    }
    return leveled;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
