package org.cairnpmo.engine.schedule.leveling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.engine.schedule.WorkingCalendar;

/**
 * One plan as leveling sees it: its leaf tasks as activities with their dates in working minutes of
 * the project calendar from the plan's origin (its earliest start), which of them never move, where
 * each may start at the earliest, and the start distances its links give.
 *
 * <p>Every leaf task is an activity; links to or from a summary task apply to every leaf under it.
 * A link becomes a start distance with the durations of the unlevelled plan. Tasks that never move:
 * manually scheduled, started or finished tasks, tasks with a must-start/finish-on or a no-later-
 * than constraint, as-late-as-possible tasks, tasks of priority {@link
 * LevelingRequest#DO_NOT_LEVEL} and those the caller pins (by their dates before leveling). The
 * release of a task is where its own constraint, the project start and the status date let it
 * start.
 */
final class PlanPart {

  final LevelingRequest request;
  final ScheduleRequest plan;
  final WorkingCalendar calendar;
  final Schedule before;
  final LocalDateTime origin;
  final List<Integer> leaves = new ArrayList<>();
  private final Map<String, List<Integer>> leavesUnder = new HashMap<>();
  private final Map<String, Integer> activity = new HashMap<>();
  private final Predicate<ScheduledTask> pinned;
  final boolean[] fixed;
  final long[] start;
  final long[] finish;
  final long[] release;

  /** Start distances {@code {i, j, minutes}} between free activities. */
  final List<long[]> arcs = new ArrayList<>();

  /** The activities linked to each one as its predecessors, fixed or free. */
  private final Map<Integer, Set<Integer>> predecessors = new HashMap<>();

  PlanPart(LevelingRequest request, Predicate<ScheduledTask> pinned) {
    this.request = request;
    this.plan = request.plan();
    this.pinned = pinned;
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

  int size() {
    return leaves.size();
  }

  ScheduleTask task(int a) {
    return plan.tasks().get(leaves.get(a));
  }

  /** The activity of a leaf task, null for a summary task or an unknown id. */
  Integer activity(String taskId) {
    return activity.get(taskId);
  }

  /** The activities that {@code a} follows by its links, directly or not. */
  Set<Integer> ancestors(int a) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> pending = new ArrayList<>(List.of(a));
    while (!pending.isEmpty()) {
      for (int i : predecessors.getOrDefault(pending.remove(pending.size() - 1), Set.of())) {
        if (seen.add(i)) {
          pending.add(i);
        }
      }
    }
    return seen;
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
      fixed[a] = isFixed(task) || pinned.test(dates);
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
          if (i != j) {
            predecessors.computeIfAbsent(j, k -> new HashSet<>()).add(i);
          }
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

  /**
   * The plan again with the given starts (null: where the task is) as start-no-earlier-than
   * constraints, so calendars and links stay exact.
   */
  Schedule reschedule(LocalDateTime[] starts) {
    List<ScheduleTask> tasks = new ArrayList<>(plan.tasks());
    for (int a = 0; a < leaves.size(); a++) {
      if (!fixed[a] && starts[a] != null) {
        int i = leaves.get(a);
        tasks.set(i, tasks.get(i).constrained(ConstraintType.START_NO_EARLIER_THAN, starts[a]));
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

  /** How far leveling moved each leaf task that starts later than before. */
  List<TaskDelay> delays(Schedule leveled) {
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
    return delays;
  }

  /** How much later the plan finishes, in working minutes; 0 if it finishes as early or sooner. */
  long finishDelay(Schedule leveled) {
    LocalDateTime was = before.projectFinish();
    LocalDateTime now = leveled.projectFinish();
    return was == null || now == null || !now.isAfter(was) ? 0 : calendar.workBetween(was, now);
  }

  long minute(LocalDateTime date) {
    return calendar.workBetween(origin, date);
  }
}
