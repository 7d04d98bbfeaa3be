package org.cairnpmo.engine.schedule.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cairnpmo.engine.schedule.ConstraintType;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.PlanGraph;
import org.cairnpmo.engine.schedule.Progress;
import org.cairnpmo.engine.schedule.Schedule;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.Scheduler;
import org.cairnpmo.engine.schedule.WorkingCalendar;

/**
 * The plan compiled once into arrays for the simulation. Every moment is a level: minutes of
 * working time on the project calendar after the project start. An iteration is one forward pass
 * over the tasks in the order of the graph, in levels only; dates are made for the results.
 *
 * <p>The compiled plan is calibrated on the deterministic schedule: each task's duration in levels
 * is the working time of the project calendar between its early start and finish, and each task not
 * fixed in time keeps the offset ({@code delta}) between the start its links and constraints give
 * in levels and its early start, which holds what its own calendar, a milestone at the end of a day
 * or MS Project's as-late-as-possible rules add. With every duration at its planned value an
 * iteration gives the deterministic dates exactly.
 */
final class CompiledPlan {

  static final long NONE = Long.MIN_VALUE;

  /** Scheduled by its links and constraints. */
  private static final byte FREE = 0;

  /** Done, or manually scheduled with both dates: does not move. */
  private static final byte FIXED = 1;

  /** Started, manually scheduled or must start on: its start does not move, its finish does. */
  private static final byte FIXED_START = 2;

  /** Must finish on: its finish does not move, its start does. */
  private static final byte FIXED_FINISH = 3;

  final ScheduleRequest request;
  final Schedule schedule;
  final WorkingCalendar calendar;
  final int size;
  final String[] ids;
  final String[] names;
  final boolean[] summary;
  final boolean[] finished;
  private final int[] order;
  private final int[][] children;
  private final int[] edgeStart;
  private final int[] edgeFrom;
  private final LinkType[] edgeType;
  private final long[] edgeLag;
  private final double[] edgePercent;
  private final byte[] kind;
  private final long[] fixedStart;
  private final long[] fixedFinish;
  private final long[] fixedPart;
  private final long[] varPart;
  private final long[] planned;
  private final long[] snet;
  private final long[] fnet;
  private final long[] snlt;
  private final long[] fnlt;
  private final long[] delta;
  private final long status;
  final long[] detStart;
  final long[] detFinish;
  final long deterministicFinish;

  /** Tasks whose duration varies, and how. */
  final int[] estimated;

  private final Sampler[] samplers;

  /** Milestones and tasks with a deadline, whose finish is followed. */
  final int[] targets;

  CompiledPlan(RiskRequest risk) {
    request = risk.plan();
    schedule = Scheduler.schedule(request);
    calendar =
        request.calendars().stream()
            .filter(c -> c.id().equals(request.projectCalendarId()))
            .findFirst()
            .orElseThrow();
    PlanGraph graph = PlanGraph.of(request);
    List<ScheduleTask> tasks = request.tasks();
    size = tasks.size();
    ids = new String[size];
    names = new String[size];
    summary = new boolean[size];
    finished = new boolean[size];
    order = graph.order();
    children = new int[size][];
    kind = new byte[size];
    fixedStart = new long[size];
    fixedFinish = new long[size];
    fixedPart = new long[size];
    varPart = new long[size];
    planned = new long[size];
    snet = new long[size];
    fnet = new long[size];
    snlt = new long[size];
    fnlt = new long[size];
    delta = new long[size];
    detStart = new long[size];
    detFinish = new long[size];
    samplers = new Sampler[size];
    status = request.statusDate() == null ? NONE : level(request.statusDate());
    List<Integer> varying = new ArrayList<>();
    List<Integer> followed = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ScheduleTask task = tasks.get(i);
      ScheduledTask dates = schedule.tasks().get(i);
      ids[i] = task.id();
      names[i] = task.name();
      summary[i] = graph.isSummary(i);
      children[i] = graph.children(i);
      detStart[i] = level(dates.earlyStart());
      detFinish[i] = level(dates.earlyFinish());
      if (summary[i]) {
        continue;
      }
      compileTask(i, task);
      Estimate estimate = risk.estimates().get(task.id());
      if (estimate != null && estimate.varies() && kind[i] != FIXED) {
        samplers[i] = new Sampler(estimate);
        varying.add(i);
      } else if (estimate != null && kind[i] != FIXED) {
        samplers[i] = null;
        varPart[i] = scaled(i, estimate.mostLikely());
      }
      if (task.isMilestone() || task.deadline() != null) {
        followed.add(i);
      }
    }
    estimated = varying.stream().mapToInt(Integer::intValue).toArray();
    targets = followed.stream().mapToInt(Integer::intValue).toArray();
    int[] incomingStart = new int[size + 1];
    for (int i = 0; i < size; i++) {
      incomingStart[i + 1] = incomingStart[i] + (summary[i] ? 0 : graph.incoming(i).length);
    }
    int edges = incomingStart[size];
    edgeStart = incomingStart;
    edgeFrom = new int[edges];
    edgeType = new LinkType[edges];
    edgeLag = new long[edges];
    edgePercent = new double[edges];
    for (int i = 0; i < size; i++) {
      if (!summary[i]) {
        int at = edgeStart[i];
        for (int e : graph.incoming(i)) {
          compileEdge(at++, graph.from(e), graph.link(e));
        }
      }
    }
    Iteration calibration = new Iteration();
    calibration.run(null, true);
    deterministicFinish = calibration.projectFinish;
  }

  private void compileTask(int i, ScheduleTask task) {
    Progress progress = task.progress();
    long duration = task.duration().minutes();
    long span = detFinish[i] - detStart[i];
    planned[i] = duration;
    snet[i] = NONE;
    fnet[i] = NONE;
    snlt[i] = NONE;
    fnlt[i] = NONE;
    finished[i] = progress.isFinished();
    ConstraintType constraint = task.constraint().type();
    if (progress.isFinished()
        || (task.isManual() && task.manualFinish() != null && !progress.isStarted())) {
      kind[i] = FIXED;
      fixedStart[i] = detStart[i];
      fixedFinish[i] = detFinish[i];
      return;
    }
    varPart[i] = span;
    if (progress.isStarted() || task.isManual()) {
      kind[i] = FIXED_START;
      fixedStart[i] = detStart[i];
      boolean wholeDuration = task.isManual() || request.statusDate() == null;
      if (progress.isStarted() && wholeDuration && duration > 0) {
        // what is done does not vary: only the remaining share of the span does
        long done = Math.round(duration * Math.min(100, progress.percentComplete()) / 100.0);
        varPart[i] = Math.round(span * (double) (duration - done) / duration);
        fixedPart[i] = span - varPart[i];
      }
      return;
    }
    switch (constraint) {
      case MUST_START_ON -> {
        kind[i] = FIXED_START;
        fixedStart[i] = detStart[i];
      }
      case MUST_FINISH_ON -> {
        kind[i] = FIXED_FINISH;
        fixedFinish[i] = detFinish[i];
      }
      case START_NO_EARLIER_THAN -> snet[i] = level(task.constraint().date());
      case FINISH_NO_EARLIER_THAN -> fnet[i] = level(task.constraint().date());
      case START_NO_LATER_THAN -> snlt[i] = level(task.constraint().date());
      case FINISH_NO_LATER_THAN -> fnlt[i] = level(task.constraint().date());
      default -> {}
    }
  }

  private void compileEdge(int at, int from, Link link) {
    edgeFrom[at] = from;
    edgeType[at] = link.type();
    Lag lag = link.lag();
    edgePercent[at] = Double.NaN;
    switch (lag.kind()) {
      case WORKING -> edgeLag[at] = lag.amount();
      case PERCENT -> edgePercent[at] = lag.amount() / 100.0;
      case ELAPSED -> {
        // the working time of the project calendar that the elapsed lag covered in the plan
        boolean fromStart =
            link.type() == LinkType.START_TO_START || link.type() == LinkType.START_TO_FINISH;
        LocalDateTime base = dateOf(from, fromStart);
        edgeLag[at] = level(base.plusMinutes(lag.amount())) - level(base);
      }
    }
  }

  private LocalDateTime dateOf(int task, boolean start) {
    ScheduledTask dates = schedule.tasks().get(task);
    return start ? dates.earlyStart() : dates.earlyFinish();
  }

  /** A task's duration in minutes of its own kind, as levels (the span it took in the plan). */
  private long scaled(int i, double minutes) {
    if (planned[i] == 0) {
      return Math.round(minutes);
    }
    long span = detFinish[i] - detStart[i] - fixedPart[i];
    return Math.round(span * minutes / planned[i]);
  }

  long level(LocalDateTime moment) {
    return calendar.workBetween(request.projectStart(), moment);
  }

  /** The date of a level: the deterministic one when it is that level, else the earliest. */
  LocalDateTime date(long level, long deterministicLevel, LocalDateTime deterministic) {
    return level == deterministicLevel
        ? deterministic
        : calendar.addWork(request.projectStart(), level);
  }

  /** The state of one iteration; each thread has its own. */
  final class Iteration {
    final long[] start = new long[size];
    final long[] finish = new long[size];
    final long[] duration = new long[size];
    final long[] sampled = new long[size];
    final boolean[] critical = new boolean[size];
    private final long[] driven = new long[size];
    private final long[] edgeValue = new long[edgeFrom.length];
    private final boolean[] viaStart = new boolean[size];
    private final boolean[] viaFinish = new boolean[size];
    long projectFinish;

    /**
     * Draws the durations (none with a null random: every task as planned), runs the forward pass
     * and marks the tasks that drive the finish. With {@code calibrate}, sets each task's delta so
     * that it starts on its deterministic early start.
     */
    void run(SplittableRandom random, boolean calibrate) {
      System.arraycopy(varPart, 0, duration, 0, size);
      if (random != null) {
        for (int i : estimated) {
          double minutes = samplers[i].next(random);
          sampled[i] = Math.round(minutes);
          duration[i] = scaled(i, minutes);
        }
      }
      long last = 0;
      for (int i : order) {
        if (summary[i]) {
          rollUp(i);
        } else {
          schedule(i, calibrate);
        }
        last = Math.max(last, finish[i]);
      }
      projectFinish = last;
      markCritical();
    }

    private void rollUp(int i) {
      long first = Long.MAX_VALUE;
      long end = Long.MIN_VALUE;
      for (int child : children[i]) {
        first = Math.min(first, start[child]);
        end = Math.max(end, finish[child]);
      }
      start[i] = first;
      finish[i] = end;
    }

    private void schedule(int i, boolean calibrate) {
      long length = duration[i];
      switch (kind[i]) {
        case FIXED -> {
          start[i] = fixedStart[i];
          finish[i] = fixedFinish[i];
          return;
        }
        case FIXED_START -> {
          start[i] = fixedStart[i];
          finish[i] = start[i] + fixedPart[i] + length;
          return;
        }
        case FIXED_FINISH -> {
          finish[i] = fixedFinish[i];
          start[i] = finish[i] - length;
          return;
        }
        default -> {}
      }
      long links = NONE;
      for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
        edgeValue[e] = value(e, i);
        links = Math.max(links, edgeValue[e]);
      }
      driven[i] = links;
      long base = links;
      if (snet[i] != NONE) {
        base = Math.max(base, snet[i]);
      }
      if (fnet[i] != NONE) {
        base = Math.max(base, fnet[i] - length);
      }
      if (base == NONE) {
        base = 0;
      }
      if (status != NONE) {
        base = Math.max(base, status);
      }
      if (calibrate) {
        long offset = detStart[i] - base;
        delta[i] = snlt[i] != NONE || fnlt[i] != NONE ? Math.max(0, offset) : offset;
      }
      long at = base + delta[i];
      if (snlt[i] != NONE) {
        at = Math.min(at, snlt[i]);
      }
      if (fnlt[i] != NONE) {
        at = Math.min(at, fnlt[i] - length);
      }
      if (status != NONE && at < status) {
        at = status;
      }
      start[i] = at;
      finish[i] = at + length;
    }

    /** The earliest start of task {@code s} that edge {@code e} allows, in levels. */
    private long value(int e, int s) {
      int p = edgeFrom[e];
      long lag = edgeLag[e];
      if (!Double.isNaN(edgePercent[e])) {
        long base = summary[p] ? finish[p] - start[p] : fixedPart[p] + duration[p];
        lag = Math.round(base * edgePercent[e]);
      }
      return switch (edgeType[e]) {
        case FINISH_TO_START -> finish[p] + lag;
        case START_TO_START -> start[p] + lag;
        case FINISH_TO_FINISH -> Math.max(0, finish[p] - duration[s] + lag);
        case START_TO_FINISH -> start[p] - duration[s] + lag;
      };
    }

    /**
     * Walks back from the tasks that finish last along the links that drove each start: those tasks
     * are this iteration's critical path.
     */
    private void markCritical() {
      for (int i = 0; i < size; i++) {
        critical[i] = !summary[i] && !finished[i] && finish[i] == projectFinish;
        viaStart[i] = false;
        viaFinish[i] = false;
      }
      for (int k = order.length - 1; k >= 0; k--) {
        int i = order[k];
        if (summary[i]) {
          for (int child : children[i]) {
            if (viaFinish[i] && finish[child] == finish[i]) {
              mark(child, false);
            }
            if (viaStart[i] && start[child] == start[i]) {
              mark(child, true);
            }
          }
        } else if (critical[i]
            && kind[i] == FREE
            && driven[i] != NONE
            && start[i] == driven[i] + delta[i]) {
          for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
            if (edgeValue[e] == driven[i]) {
              LinkType type = edgeType[e];
              mark(
                  edgeFrom[e], type == LinkType.START_TO_START || type == LinkType.START_TO_FINISH);
            }
          }
        }
      }
    }

    private void mark(int task, boolean byStart) {
      if (summary[task]) {
        viaStart[task] |= byStart;
        viaFinish[task] |= !byStart;
      } else if (!finished[task]) {
        critical[task] = true;
      }
    }
  }
}
