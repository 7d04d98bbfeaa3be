package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The critical path method over working calendars: a forward pass for early dates, a backward pass
 * for late dates, then floats, the critical path and conflicts. See the package description for the
 * MS Project rules it follows.
 *
 * <p>For speed the passes run over arrays: moments are whole minutes (see {@link Moments}), the
 * calendars answer from their running totals ({@link CalendarTimeline}), and dates are made only
 * for the result.
 */
public final class Scheduler {

  /** No moment (the {@code null} of a date). */
  private static final long NONE = Long.MIN_VALUE;

  private final ScheduleRequest request;
  private final Network network;
  private final TaskTime time;
  private final Plan plan;
  private final long projectStart;
  private final long statusDate;
  private final long[] earlyStart;
  private final long[] earlyFinish;
  private final long[] lateStart;
  private final long[] lateFinish;
  private final List<Conflict> conflicts = new ArrayList<>();
  private int[] outgoingStart;
  private int[] outgoingTo;
  // the type and lag of each outgoing link, copied in its order: the backward pass reads them in
  // turn instead of jumping about the edges
  private LinkType[] outgoingType;
  private long[] outgoingLag;
  private Lag.Kind[] outgoingLagKind;
  private long projectFinish;
  private boolean alapPass;

  private Scheduler(ScheduleRequest request) {
    this.request = request;
    this.network = new Network(request.tasks(), request.links());
    int n = network.size();
    time = new TaskTime(request);
    plan = new Plan(request.tasks(), network.summary);
    projectStart = Moments.minute(request.projectStart());
    statusDate = request.statusDate() == null ? NONE : Moments.minute(request.statusDate());
    earlyStart = new long[n];
    earlyFinish = new long[n];
    lateStart = new long[n];
    lateFinish = new long[n];
  }

  /**
   * Schedules the plan.
   *
   * @throws DependencyCycleException when the links go round in a circle
   * @throws InvalidScheduleException when a calendar has no working time where the plan needs it
   */
  public static Schedule schedule(ScheduleRequest request) {
    return new Scheduler(request).run();
  }

  /** What the passes read of each task, taken out of the records once. */
  private static final class Plan {
    final long[] duration;
    final boolean[] elapsed;
    final long[] remaining;
    final ConstraintType[] constraint;
    final long[] constraintDate;
    final long[] deadline;
    final boolean[] manual;
    final long[] manualStart;
    final long[] manualFinish;
    final boolean[] started;
    final boolean[] finished;
    final long[] actualStart;
    final long[] actualFinish;
    final boolean[] alap;
    // the leveling delay in minutes (0 for none) and whether they are elapsed minutes
    final long[] delay;
    final boolean[] delayElapsed;
    // whether any task has a leveling delay, or is finished: most plans have none, and the passes
    // then skip reading it for every link
    boolean anyDelay;
    boolean anyFinished;

    Plan(List<ScheduleTask> tasks, boolean[] summary) {
      int n = tasks.size();
      duration = new long[n];
      elapsed = new boolean[n];
      remaining = new long[n];
      constraint = new ConstraintType[n];
      constraintDate = new long[n];
      deadline = new long[n];
      manual = new boolean[n];
      manualStart = new long[n];
      manualFinish = new long[n];
      started = new boolean[n];
      finished = new boolean[n];
      actualStart = new long[n];
      actualFinish = new long[n];
      alap = new boolean[n];
      delay = new long[n];
      delayElapsed = new boolean[n];
      for (int i = 0; i < n; i++) {
        ScheduleTask task = tasks.get(i);
        Progress progress = task.progress();
        duration[i] = task.duration().minutes();
        elapsed[i] = task.duration().elapsed();
        remaining[i] = task.duration().remaining(progress.percentComplete()).minutes();
        constraint[i] = task.constraint().type();
        constraintDate[i] = minute(task.constraint().date());
        deadline[i] = minute(task.deadline());
        manual[i] = task.isManual();
        manualStart[i] = minute(task.manualStart());
        manualFinish[i] = minute(task.manualFinish());
        started[i] = progress.isStarted();
        finished[i] = progress.isFinished();
        actualStart[i] = minute(progress.actualStart());
        actualFinish[i] = minute(progress.actualFinish());
        alap[i] = constraint[i] == ConstraintType.AS_LATE_AS_POSSIBLE;
        // Leveling holds back work not yet started; a summary follows its children.
        boolean fixed = summary[i] || manual[i] || started[i];
        Span levelingDelay = fixed ? Span.ZERO : task.levelingDelay();
        delay[i] = levelingDelay.minutes();
        delayElapsed[i] = levelingDelay.elapsed();
        anyDelay |= delay[i] != 0;
        anyFinished |= finished[i];
      }
    }

    private static long minute(LocalDateTime date) {
      return date == null ? NONE : Moments.minute(date);
    }
  }

  private Schedule run() {
    if (network.size() == 0) {
      return new Schedule(
          request.projectStart(), request.projectStart(), List.of(), List.of(), List.of());
    }
    forwardPass();
    projectFinish = projectStart;
    for (int i = 0; i < network.size(); i++) {
      projectFinish = Math.max(projectFinish, earlyFinish[i]);
    }
    backwardPass();
    boolean anyAlap = false;
    for (boolean alap : plan.alap) {
      anyAlap |= alap;
    }
    if (anyAlap && request.rules() == Rules.MS_PROJECT) {
      // Successors of a task planned as late as possible follow its late dates in MS Project;
      // Primavera keeps them on its early dates.
      alapPass = true;
      conflicts.clear();
      forwardPass();
      backwardPass();
    }
    return result();
  }

  // ---------------------------------------------------------------- forward pass

  private void forwardPass() {
    for (int i : network.order) {
      if (network.summary[i]) {
        rollUpEarly(i);
      } else {
        forward(i);
      }
    }
  }

  private void rollUpEarly(int task) {
    long start = NONE;
    long finish = NONE;
    for (int child : network.children[task]) {
      start = min(start, earlyStart[child]);
      finish = max(finish, earlyFinish[child]);
    }
    earlyStart[task] = start;
    earlyFinish[task] = finish;
  }

  private void forward(int i) {
    long driven = NONE;
    for (int k = network.incomingStart[i]; k < network.incomingStart[i + 1]; k++) {
      driven = max(driven, earliestStartBy(k));
    }
    if (plan.manual[i]) {
      forwardManual(i, driven);
      return;
    }
    if (plan.finished[i]) {
      // With a status date, early dates are those of the remaining work: none is left at it.
      boolean before = statusDate != NONE && plan.actualFinish[i] < statusDate;
      earlyStart[i] = before ? statusDate : plan.actualStart[i];
      earlyFinish[i] = before ? statusDate : plan.actualFinish[i];
      return;
    }
    if (plan.started[i]) {
      forwardStarted(i);
      return;
    }
    ConstraintType type = plan.constraint[i];
    long date = plan.constraintDate[i];
    long duration = plan.duration[i];
    boolean elapsed = plan.elapsed[i];
    long candidate = driven;
    if (candidate == NONE) {
      candidate =
          switch (type) {
            case START_NO_EARLIER_THAN -> date;
            case FINISH_NO_EARLIER_THAN -> time.startFromFinish(i, date, duration, elapsed);
            default -> projectStart;
          };
    }
    if (statusDate != NONE && candidate < statusDate) {
      candidate = statusDate;
    }
    long start = time.startAt(i, candidate);
    if (type == ConstraintType.START_NO_EARLIER_THAN) {
      start = Math.max(start, date);
    } else if (type == ConstraintType.FINISH_NO_EARLIER_THAN) {
      start = Math.max(start, time.startFromFinish(i, date, duration, elapsed));
    }
    start = afterLevelingDelay(i, start);
    long finish = NONE;
    switch (type) {
      case START_NO_LATER_THAN, MUST_START_ON -> {
        checkLimit(i, driven, start, date, "start");
        start = type == ConstraintType.MUST_START_ON ? date : Math.min(start, date);
      }
      case FINISH_NO_LATER_THAN -> {
        long latest = time.startFromFinish(i, date, duration, elapsed);
        checkLimit(i, driven, start, latest, "finish");
        start = Math.min(start, latest);
      }
      case MUST_FINISH_ON -> {
        long fixed = time.startFromFinish(i, date, duration, elapsed);
        checkLimit(i, driven, start, fixed, "finish");
        start = fixed;
        finish = date;
      }
      default -> {}
    }
    if (statusDate != NONE && start < statusDate) {
      // Work not started cannot happen before the status date, whatever the constraint says.
      if (type == ConstraintType.MUST_START_ON || type == ConstraintType.MUST_FINISH_ON) {
        conflict(
            i,
            Conflict.Kind.CONSTRAINT,
            "must be worked before the status date "
                + request.statusDate()
                + " but has not started");
      }
      start = time.startAt(i, statusDate);
      finish = NONE;
    }
    earlyStart[i] = start;
    earlyFinish[i] = finish != NONE ? finish : time.finishFrom(i, start, duration, elapsed);
  }

  /**
   * The start of a task held back by its leveling delay, which counts from where its links and
   * no-earlier-than constraints put it (MS Project's early start before leveling).
   */
  private long afterLevelingDelay(int i, long start) {
    if (!plan.anyDelay) {
      return start;
    }
    long delay = plan.delay[i];
    if (delay == 0) {
      return start;
    }
    long delayed = plan.delayElapsed[i] ? start + delay : time.timeline(i).addWork(start, delay);
    return time.startAt(i, delayed);
  }

  /**
   * A date of task {@code i} taken back by its leveling delay: what its predecessors must meet is
   * its date before leveling held it back.
   */
  private long beforeLevelingDelay(int i, long date) {
    if (!plan.anyDelay) {
      return date;
    }
    long delay = plan.delay[i];
    if (delay == 0) {
      return date;
    }
    return plan.delayElapsed[i] ? date - delay : time.timeline(i).addWork(date, -delay);
  }

  private void forwardManual(int i, long driven) {
    boolean started = plan.started[i];
    earlyStart[i] = started ? plan.actualStart[i] : plan.manualStart[i];
    earlyFinish[i] =
        plan.finished[i]
            ? plan.actualFinish[i]
            : plan.manualFinish[i] != NONE && !started
                ? plan.manualFinish[i]
                : time.finishFrom(i, earlyStart[i], plan.duration[i], plan.elapsed[i]);
    if (driven != NONE && !started && driven > earlyStart[i]) {
      conflict(
          i,
          Conflict.Kind.MANUAL_TASK,
          "starts "
              + Moments.date(earlyStart[i])
              + ", before its links allow ("
              + Moments.date(driven)
              + ")");
    }
  }

  /**
   * A started task keeps its actual start. Without a status date what remains follows on (MS
   * Project); with one, what remains starts at the status date, and the early start is that
   * remaining early start (Primavera's data date).
   */
  private void forwardStarted(int i) {
    long start = plan.actualStart[i];
    long finish;
    if (statusDate == NONE) {
      finish = time.finishFrom(i, start, plan.duration[i], plan.elapsed[i]);
    } else {
      start = Math.max(start, statusDate);
      finish = time.finishFrom(i, start, plan.remaining[i], plan.elapsed[i]);
    }
    if (plan.constraint[i] == ConstraintType.FINISH_NO_EARLIER_THAN) {
      finish = Math.max(finish, plan.constraintDate[i]);
    }
    earlyStart[i] = start;
    earlyFinish[i] = finish;
  }

  private void checkLimit(int i, long driven, long start, long limit, String what) {
    if (driven != NONE && start > limit) {
      Constraint constraint = task(i).constraint();
      conflict(
          i,
          Conflict.Kind.CONSTRAINT,
          "its links push its "
              + what
              + " past its "
              + constraint.type()
              + " constraint on "
              + constraint.date());
    }
  }

  /** The earliest start of edge {@code e}'s successor that its link allows. */
  private long earliestStartBy(int e) {
    int p = network.edgeFrom[e];
    int s = network.edgeTo[e];
    boolean late = alapPass && plan.alap[p] && !plan.alap[s];
    long predStart = late ? lateStart[p] : earlyStart[p];
    long predFinish = late ? lateFinish[p] : earlyFinish[p];
    long successor = plan.remaining[s];
    boolean elapsed = plan.elapsed[s];
    return switch (network.edgeType[e]) {
      case FINISH_TO_START -> shift(e, p, predFinish, 1);
      case START_TO_START -> shift(e, p, predStart, 1);
      case FINISH_TO_FINISH ->
          Math.max(
              projectStart,
              shift(e, p, time.startFromFinish(s, predFinish, successor, elapsed), 1));
      case START_TO_FINISH ->
          shift(e, p, time.startFromFinish(s, predStart, successor, elapsed), 1);
    };
  }

  // ---------------------------------------------------------------- backward pass

  private void backwardPass() {
    linkOutgoing();
    int[] order = network.order;
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      if (!network.summary[i]) {
        backward(i);
      }
    }
    for (int i : order) {
      if (network.summary[i]) {
        long start = NONE;
        long finish = NONE;
        for (int child : network.children[i]) {
          start = min(start, lateStart[child]);
          finish = max(finish, lateFinish[child]);
        }
        lateStart[i] = start;
        lateFinish[i] = finish;
      }
    }
  }

  /**
   * The links leaving each leaf, for the backward pass and free float: a link from a summary binds
   * all its leaves when it leaves from its finish, the earliest one when it leaves from its start
   * (the summary starts with it). Kept in the order of their successors, then of the links.
   */
  private void linkOutgoing() {
    int n = network.size();
    int edges = network.edgeFrom.length;
    int[] from = new int[edges];
    int[] to = new int[edges];
    int[] edge = new int[edges];
    int count = 0;
    for (int s = 0; s < n; s++) {
      for (int k = network.incomingStart[s]; k < network.incomingStart[s + 1]; k++) {
        int e = k;
        int p = network.edgeFrom[e];
        int[] leaves = network.summary[p] ? predecessorLeaves(e) : null;
        int many = leaves == null ? 1 : leaves.length;
        if (count + many > from.length) {
          int size = Math.max(from.length * 2, count + many);
          from = Arrays.copyOf(from, size);
          to = Arrays.copyOf(to, size);
          edge = Arrays.copyOf(edge, size);
        }
        for (int l = 0; l < many; l++) {
          from[count] = leaves == null ? p : leaves[l];
          to[count] = s;
          edge[count++] = e;
        }
      }
    }
    outgoingStart = Network.groupStarts(from, count, n);
    int[] place = Network.groupPlaces(from, count, outgoingStart);
    outgoingTo = new int[count];
    outgoingType = new LinkType[count];
    outgoingLag = new long[count];
    outgoingLagKind = new Lag.Kind[count];
    for (int k = 0; k < count; k++) {
      outgoingTo[place[k]] = to[k];
      outgoingType[place[k]] = network.edgeType[edge[k]];
      outgoingLag[place[k]] = network.lagAmount[edge[k]];
      outgoingLagKind[place[k]] = network.lagKind[edge[k]];
    }
  }

  private int[] predecessorLeaves(int e) {
    int[] leaves = network.leaves(network.edgeFrom[e]);
    if (!network.edgeType[e].fromPredecessorStart()) {
      return leaves;
    }
    int earliest = leaves[0];
    for (int leaf : leaves) {
      if (earlyStart[leaf] < earlyStart[earliest]) {
        earliest = leaf;
      }
    }
    return new int[] {earliest};
  }

  private void backward(int i) {
    if (plan.finished[i]) {
      lateStart[i] = earlyStart[i];
      lateFinish[i] = earlyFinish[i];
      return;
    }
    long finish = NONE;
    boolean anyFinished = plan.anyFinished;
    for (int k = outgoingStart[i]; k < outgoingStart[i + 1]; k++) {
      if (!anyFinished || !plan.finished[outgoingTo[k]]) {
        finish = min(finish, Math.min(projectFinish, latestFinishBy(i, k)));
      }
    }
    finish = finish == NONE ? projectFinish : finish;
    long date = plan.constraintDate[i];
    long duration = plan.duration[i];
    boolean elapsed = plan.elapsed[i];
    if (!plan.manual[i]) {
      switch (plan.constraint[i]) {
        case MUST_START_ON -> finish = time.finishFrom(i, date, duration, elapsed);
        case MUST_FINISH_ON -> finish = date;
        case START_NO_LATER_THAN ->
            finish = Math.min(finish, time.finishFrom(i, date, duration, elapsed));
        case FINISH_NO_LATER_THAN -> finish = Math.min(finish, date);
        default -> {}
      }
    }
    if (plan.deadline[i] != NONE) {
      finish = Math.min(finish, plan.deadline[i]);
    }
    if (!elapsed) {
      finish = time.equivalentFinish(i, finish);
    }
    lateFinish[i] = finish;
    lateStart[i] =
        plan.started[i]
            ? plan.actualStart[i]
            : time.startFromFinish(i, finish, plan.remaining[i], elapsed);
  }

  /** The latest finish of predecessor {@code p} that keeps the late dates of outgoing link k. */
  private long latestFinishBy(int p, int k) {
    int s = outgoingTo[k];
    long duration = plan.duration[p];
    boolean elapsed = plan.elapsed[p];
    long successorStart = beforeLevelingDelay(s, lateStart[s]);
    long successorFinish = beforeLevelingDelay(s, lateFinish[s]);
    return switch (outgoingType[k]) {
      case FINISH_TO_START -> shiftOutgoing(k, p, successorStart, -1);
      case START_TO_START ->
          time.finishFrom(
              p,
              shiftOutgoing(k, p, time.timeline(p).nextWorkStart(successorStart), -1),
              duration,
              elapsed);
      case FINISH_TO_FINISH -> shiftOutgoing(k, p, successorFinish, -1);
      case START_TO_FINISH ->
          shiftOutgoing(k, p, time.finishFrom(p, successorFinish, duration, elapsed), -1);
    };
  }

  // ---------------------------------------------------------------- results

  private Schedule result() {
    int n = network.size();
    List<ScheduledTask> out = new ArrayList<>(n);
    Moments.Cache dates = new Moments.Cache();
    int[] critical = new int[n];
    int criticalCount = 0;
    for (int i = 0; i < n; i++) {
      ScheduleTask task = task(i);
      boolean summary = network.summary[i];
      long total = totalFloat(i);
      // free float is at most the total float and never negative: a critical task has none
      long free = summary || total <= 0 ? 0 : Math.max(0, Math.min(freeFloat(i), total));
      boolean finished = !summary && plan.finished[i];
      boolean isCritical = !finished && total <= 0;
      boolean near = !finished && !isCritical && total <= request.nearCriticalMinutes();
      if (isCritical && !summary) {
        critical[criticalCount++] = i;
      }
      if (!summary && plan.deadline[i] != NONE && earlyFinish[i] > plan.deadline[i]) {
        conflict(
            i,
            Conflict.Kind.DEADLINE,
            "finishes " + Moments.date(earlyFinish[i]) + ", after its deadline " + task.deadline());
      }
      Progress progress = summary ? Progress.NONE : task.progress();
      boolean alap = !summary && plan.alap[i] && !progress.isStarted();
      boolean late = alap && request.rules() == Rules.MS_PROJECT;
      if (alap && request.rules() == Rules.PRIMAVERA && free > 0) {
        // Primavera delays an as-late-as-possible activity by its free float, early dates too.
        earlyStart[i] = time.startAt(i, time.timeline(i).addWork(earlyStart[i], free));
        earlyFinish[i] = time.finishFrom(i, earlyStart[i], plan.remaining[i], plan.elapsed[i]);
      }
      LocalDateTime earlyStartDate = dates.date(earlyStart[i]);
      LocalDateTime earlyFinishDate = dates.date(earlyFinish[i]);
      LocalDateTime lateStartDate = dates.date(lateStart[i]);
      LocalDateTime lateFinishDate = dates.date(lateFinish[i]);
      LocalDateTime start =
          progress.isStarted() ? progress.actualStart() : late ? lateStartDate : earlyStartDate;
      LocalDateTime finish =
          progress.isFinished() ? progress.actualFinish() : late ? lateFinishDate : earlyFinishDate;
      out.add(
          new ScheduledTask(
              task.id(),
              summary,
              start,
              finish,
              earlyStartDate,
              earlyFinishDate,
              lateStartDate,
              lateFinishDate,
              total,
              free,
              isCritical,
              near));
    }
    List<String> path = new ArrayList<>(criticalCount);
    for (int i : byEarlyStart(Arrays.copyOf(critical, criticalCount))) {
      path.add(task(i).id());
    }
    return new Schedule(request.projectStart(), Moments.date(projectFinish), out, path, conflicts);
  }

  /** Task indexes by early start, then by index. */
  private int[] byEarlyStart(int[] tasks) {
    long[] keys = new long[tasks.length];
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i : tasks) {
      first = Math.min(first, earlyStart[i]);
      last = Math.max(last, earlyStart[i]);
    }
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, network.size()));
    if (tasks.length == 0 || last - first >= (1L << (62 - bits))) {
      return Arrays.stream(tasks)
          .boxed()
          .sorted(Comparator.comparingLong((Integer i) -> earlyStart[i]).thenComparing(i -> i))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    for (int k = 0; k < tasks.length; k++) {
      keys[k] = ((earlyStart[tasks[k]] - first) << bits) | tasks[k];
    }
    Arrays.sort(keys);
    int[] sorted = new int[tasks.length];
    long mask = (1L << bits) - 1;
    for (int k = 0; k < keys.length; k++) {
      sorted[k] = (int) (keys[k] & mask);
    }
    return sorted;
  }

  private long totalFloat(int i) {
    if (earlyStart[i] == lateStart[i] && earlyFinish[i] <= lateFinish[i]
        || earlyFinish[i] == lateFinish[i] && earlyStart[i] <= lateStart[i]) {
      return 0; // the smaller of no work and some work, without counting the work
    }
    CalendarTimeline c = time.timeline(i);
    return Math.min(
        c.workBetween(earlyStart[i], lateStart[i]), c.workBetween(earlyFinish[i], lateFinish[i]));
  }

  /**
   * How far a task can slip before it moves a successor (or the project's finish); 0 as soon as one
   * link has no slack, as the float is never negative.
   */
  private long freeFloat(int i) {
    long free = Long.MAX_VALUE;
    for (int k = outgoingStart[i]; k < outgoingStart[i + 1] && free > 0; k++) {
      int s = outgoingTo[k];
      LinkType type = outgoingType[k];
      long from =
          shiftOutgoing(k, i, type.fromPredecessorStart() ? earlyStart[i] : earlyFinish[i], 1);
      // A successor held back by leveling moves with its predecessor all the same.
      long to = beforeLevelingDelay(s, type.toSuccessorFinish() ? earlyFinish[s] : earlyStart[s]);
      free = Math.min(free, from >= to ? 0 : time.timeline(s).workBetween(from, to));
    }
    return free > 0
        ? Math.min(free, time.timeline(i).workBetween(earlyFinish[i], projectFinish))
        : free;
  }

  // ---------------------------------------------------------------- time arithmetic

  /**
   * The moment moved by the lag of edge {@code e} (forward for sign 1, back for -1), where {@code
   * from} is the predecessor the lag is taken from (a summary's leaf in the backward pass).
   */
  private long shift(int e, int from, long date, int sign) {
    return shift(network.lagAmount[e], network.lagKind[e], from, network.edgeTo[e], date, sign);
  }

  /**
   * The moment moved by a lag of {@code amount} of its kind, on a link from {@code from} to {@code
   * to}.
   */
  private long shift(long amount, Lag.Kind kind, int from, int to, long date, int sign) {
    if (amount == 0) {
      return date;
    }
    boolean elapsed = kind == Lag.Kind.ELAPSED;
    long minutes = amount;
    if (kind == Lag.Kind.PERCENT) {
      boolean summary = network.summary[from];
      long base =
          summary
              ? time.timeline(from).workBetween(earlyStart[from], earlyFinish[from])
              : plan.duration[from];
      elapsed = !summary && plan.elapsed[from];
      minutes = Math.round(base * amount / 100.0);
    }
    minutes *= sign;
    // MS Project counts a lag on the successor's calendar, Primavera on the predecessor's.
    int on = request.rules() == Rules.PRIMAVERA ? from : to;
    return elapsed ? date + minutes : time.timeline(on).addWork(date, minutes);
  }

  /** {@link #shift} for outgoing link k, from what the outgoing links keep in their order. */
  private long shiftOutgoing(int k, int from, long date, int sign) {
    return shift(outgoingLag[k], outgoingLagKind[k], from, outgoingTo[k], date, sign);
  }

  private ScheduleTask task(int i) {
    return network.tasks.get(i);
  }

  private void conflict(int i, Conflict.Kind kind, String message) {
    ScheduleTask task = task(i);
    conflicts.add(new Conflict(task.id(), kind, "Task " + task.name() + ": " + message));
  }

  private static long min(long a, long b) {
    return a == NONE ? b : b == NONE || b >= a ? a : b;
  }

  private static long max(long a, long b) {
    return a == NONE ? b : b == NONE || b <= a ? a : b;
  }
}
