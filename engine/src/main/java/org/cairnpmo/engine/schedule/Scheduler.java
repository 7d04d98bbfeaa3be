package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The critical path method over working calendars: a forward pass for early dates, a backward pass
 * for late dates, then floats, the critical path and conflicts. See the package description for the
 * MS Project rules it follows.
 */
public final class Scheduler {

  private final ScheduleRequest request;
  private final Network network;
  private final TaskTime time;
  private final LocalDateTime[] earlyStart;
  private final LocalDateTime[] earlyFinish;
  private final LocalDateTime[] lateStart;
  private final LocalDateTime[] lateFinish;
  private final List<List<Network.Edge>> outgoing = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();
  private LocalDateTime projectFinish;
  private boolean alapPass;

  private Scheduler(ScheduleRequest request) {
    this.request = request;
    this.network = new Network(request.tasks(), request.links());
    int n = network.size();
    time = new TaskTime(request);
    earlyStart = new LocalDateTime[n];
    earlyFinish = new LocalDateTime[n];
    lateStart = new LocalDateTime[n];
    lateFinish = new LocalDateTime[n];
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

  private Schedule run() {
    if (network.size() == 0) {
      return new Schedule(
          request.projectStart(), request.projectStart(), List.of(), List.of(), List.of());
    }
    forwardPass();
    projectFinish = request.projectStart();
    for (int i = 0; i < network.size(); i++) {
      if (earlyFinish[i].isAfter(projectFinish)) {
        projectFinish = earlyFinish[i];
      }
    }
    backwardPass();
    boolean anyAlap =
        request.rules() == Rules.MS_PROJECT && request.tasks().stream().anyMatch(Scheduler::isAlap);
    if (anyAlap) {
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
    LocalDateTime start = null;
    LocalDateTime finish = null;
    for (int child : network.children.get(task)) {
      start = min(start, earlyStart[child]);
      finish = max(finish, earlyFinish[child]);
    }
    earlyStart[task] = start;
    earlyFinish[task] = finish;
  }

  private void forward(int i) {
    ScheduleTask task = task(i);
    Progress progress = task.progress();
    List<Network.Edge> edges = network.incoming.get(i);
    LocalDateTime driven = null;
    for (Network.Edge edge : edges) {
      driven = max(driven, earliestStartBy(edge));
    }
    if (task.isManual()) {
      earlyStart[i] = progress.isStarted() ? progress.actualStart() : task.manualStart();
      earlyFinish[i] =
          progress.isFinished()
              ? progress.actualFinish()
              : task.manualFinish() != null && !progress.isStarted()
                  ? task.manualFinish()
                  : time.finishFrom(i, earlyStart[i], task.duration());
      if (driven != null && !progress.isStarted() && driven.isAfter(earlyStart[i])) {
        conflict(
            i,
            Conflict.Kind.MANUAL_TASK,
            "starts " + earlyStart[i] + ", before its links allow (" + driven + ")");
      }
      return;
    }
    if (progress.isFinished()) {
      // With a status date, early dates are those of the remaining work: none is left at it.
      LocalDateTime status = request.statusDate();
      boolean before = status != null && progress.actualFinish().isBefore(status);
      earlyStart[i] = before ? status : progress.actualStart();
      earlyFinish[i] = before ? status : progress.actualFinish();
      return;
    }
    if (progress.isStarted()) {
      forwardStarted(i, task, progress);
      return;
    }
    Constraint constraint = task.constraint();
    LocalDateTime candidate = driven;
    if (candidate == null) {
      candidate =
          switch (constraint.type()) {
            case START_NO_EARLIER_THAN -> constraint.date();
            case FINISH_NO_EARLIER_THAN ->
                time.startFromFinish(i, constraint.date(), task.duration());
            default -> request.projectStart();
          };
    }
    if (request.statusDate() != null && candidate.isBefore(request.statusDate())) {
      candidate = request.statusDate();
    }
    LocalDateTime start = time.startAt(i, candidate);
    LocalDateTime finish = null;
    LocalDateTime date = constraint.date();
    switch (constraint.type()) {
      case START_NO_EARLIER_THAN -> start = max(start, date);
      case FINISH_NO_EARLIER_THAN ->
          start = max(start, time.startFromFinish(i, date, task.duration()));
      case START_NO_LATER_THAN, MUST_START_ON -> {
        checkLimit(i, driven, start, date, "start");
        start = constraint.type() == ConstraintType.MUST_START_ON ? date : min(start, date);
      }
      case FINISH_NO_LATER_THAN -> {
        LocalDateTime latest = time.startFromFinish(i, date, task.duration());
        checkLimit(i, driven, start, latest, "finish");
        start = min(start, latest);
      }
      case MUST_FINISH_ON -> {
        LocalDateTime fixed = time.startFromFinish(i, date, task.duration());
        checkLimit(i, driven, start, fixed, "finish");
        start = fixed;
        finish = date;
      }
      default -> {}
    }
    if (request.statusDate() != null && start.isBefore(request.statusDate())) {
      // Work not started cannot happen before the status date, whatever the constraint says.
      if (constraint.type() == ConstraintType.MUST_START_ON
          || constraint.type() == ConstraintType.MUST_FINISH_ON) {
        conflict(
            i,
            Conflict.Kind.CONSTRAINT,
            "must be worked before the status date "
                + request.statusDate()
                + " but has not started");
      }
      start = time.startAt(i, request.statusDate());
      finish = null;
    }
    earlyStart[i] = start;
    earlyFinish[i] = finish != null ? finish : time.finishFrom(i, start, task.duration());
  }

  /**
   * A started task keeps its actual start. Without a status date what remains follows on (MS
   * Project); with one, what remains starts at the status date, and the early start is that
   * remaining early start (Primavera's data date).
   */
  private void forwardStarted(int i, ScheduleTask task, Progress progress) {
    LocalDateTime start = progress.actualStart();
    LocalDateTime finish;
    if (request.statusDate() == null) {
      finish = time.finishFrom(i, start, task.duration());
    } else {
      start = max(start, request.statusDate());
      finish = time.finishFrom(i, start, task.duration().remaining(progress.percentComplete()));
    }
    if (task.constraint().type() == ConstraintType.FINISH_NO_EARLIER_THAN) {
      finish = max(finish, task.constraint().date());
    }
    earlyStart[i] = start;
    earlyFinish[i] = finish;
  }

  private void checkLimit(
      int i, LocalDateTime driven, LocalDateTime start, LocalDateTime limit, String what) {
    if (driven != null && start.isAfter(limit)) {
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

  /** The earliest start of the link's successor that this link allows. */
  private LocalDateTime earliestStartBy(Network.Edge edge) {
    int p = edge.from();
    int s = edge.to();
    Link link = edge.link();
    boolean late = alapPass && isAlap(task(p)) && !isAlap(task(s));
    LocalDateTime predStart = late ? lateStart[p] : earlyStart[p];
    LocalDateTime predFinish = late ? lateFinish[p] : earlyFinish[p];
    Span successorDuration = remainingOf(s);
    return switch (link.type()) {
      case FINISH_TO_START -> addLag(edge, predFinish);
      case START_TO_START -> addLag(edge, predStart);
      case FINISH_TO_FINISH ->
          max(
              request.projectStart(),
              addLag(edge, time.startFromFinish(s, predFinish, successorDuration)));
      case START_TO_FINISH -> addLag(edge, time.startFromFinish(s, predStart, successorDuration));
    };
  }

  // ---------------------------------------------------------------- backward pass

  private void backwardPass() {
    outgoing.clear();
    for (int i = 0; i < network.size(); i++) {
      outgoing.add(new ArrayList<>());
    }
    for (int s = 0; s < network.size(); s++) {
      for (Network.Edge edge : network.incoming.get(s)) {
        for (int p : predecessorLeaves(edge)) {
          outgoing.get(p).add(new Network.Edge(p, s, edge.link()));
        }
      }
    }
    int[] order = network.order;
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      if (!network.summary[i]) {
        backward(i);
      }
    }
    for (int i : order) {
      if (network.summary[i]) {
        LocalDateTime start = null;
        LocalDateTime finish = null;
        for (int child : network.children.get(i)) {
          start = min(start, lateStart[child]);
          finish = max(finish, lateFinish[child]);
        }
        lateStart[i] = start;
        lateFinish[i] = finish;
      }
    }
  }

  /**
   * The leaves a link from a summary binds in the backward pass: all of them for a link from its
   * finish, the earliest one for a link from its start (the summary starts with it).
   */
  private List<Integer> predecessorLeaves(Network.Edge edge) {
    List<Integer> leaves = network.leaves(edge.from());
    if (!network.summary[edge.from()] || !edge.link().type().fromPredecessorStart()) {
      return leaves;
    }
    return List.of(
        leaves.stream().min(Comparator.comparing((Integer l) -> earlyStart[l])).orElseThrow());
  }

  private void backward(int i) {
    ScheduleTask task = task(i);
    Progress progress = task.progress();
    if (progress.isFinished()) {
      lateStart[i] = earlyStart[i];
      lateFinish[i] = earlyFinish[i];
      return;
    }
    LocalDateTime finish = null;
    for (Network.Edge edge : outgoing.get(i)) {
      if (!task(edge.to()).progress().isFinished()) {
        finish = min(finish, min(projectFinish, latestFinishBy(edge)));
      }
    }
    finish = finish == null ? projectFinish : finish;
    Constraint constraint = task.constraint();
    if (!task.isManual()) {
      switch (constraint.type()) {
        case MUST_START_ON -> finish = time.finishFrom(i, constraint.date(), task.duration());
        case MUST_FINISH_ON -> finish = constraint.date();
        case START_NO_LATER_THAN ->
            finish = min(finish, time.finishFrom(i, constraint.date(), task.duration()));
        case FINISH_NO_LATER_THAN -> finish = min(finish, constraint.date());
        default -> {}
      }
    }
    if (task.deadline() != null) {
      finish = min(finish, task.deadline());
    }
    if (!task.duration().elapsed()) {
      finish = time.equivalentFinish(i, finish);
    }
    lateFinish[i] = finish;
    lateStart[i] =
        progress.isStarted()
            ? progress.actualStart()
            : time.startFromFinish(i, finish, remainingOf(i));
  }

  /** The latest finish of the link's predecessor that keeps the successor's late dates. */
  private LocalDateTime latestFinishBy(Network.Edge edge) {
    int p = edge.from();
    int s = edge.to();
    Span duration = task(p).duration();
    return switch (edge.link().type()) {
      case FINISH_TO_START -> removeLag(edge, lateStart[s]);
      case START_TO_START ->
          time.finishFrom(
              p, removeLag(edge, time.calendar(p).nextWorkStart(lateStart[s])), duration);
      case FINISH_TO_FINISH -> removeLag(edge, lateFinish[s]);
      case START_TO_FINISH -> removeLag(edge, time.finishFrom(p, lateFinish[s], duration));
    };
  }

  // ---------------------------------------------------------------- results

  private Schedule result() {
    int n = network.size();
    List<ScheduledTask> out = new ArrayList<>(n);
    List<Integer> critical = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ScheduleTask task = task(i);
      long total = totalFloat(i);
      long free = network.summary[i] ? 0 : Math.max(0, Math.min(freeFloat(i), total));
      boolean finished = !network.summary[i] && task.progress().isFinished();
      boolean isCritical = !finished && total <= 0;
      boolean near = !finished && !isCritical && total <= request.nearCriticalMinutes();
      if (isCritical && !network.summary[i]) {
        critical.add(i);
      }
      if (!network.summary[i]
          && task.deadline() != null
          && earlyFinish[i].isAfter(task.deadline())) {
        conflict(
            i,
            Conflict.Kind.DEADLINE,
            "finishes " + earlyFinish[i] + ", after its deadline " + task.deadline());
      }
      Progress progress = network.summary[i] ? Progress.NONE : task.progress();
      boolean alap = !network.summary[i] && isAlap(task) && !progress.isStarted();
      boolean late = alap && request.rules() == Rules.MS_PROJECT;
      if (alap && request.rules() == Rules.PRIMAVERA && free > 0) {
        // Primavera delays an as-late-as-possible activity by its free float, early dates too.
        earlyStart[i] = time.startAt(i, time.calendar(i).addWork(earlyStart[i], free));
        earlyFinish[i] = time.finishFrom(i, earlyStart[i], remainingOf(i));
      }
      LocalDateTime start =
          progress.isStarted() ? progress.actualStart() : late ? lateStart[i] : earlyStart[i];
      LocalDateTime finish =
          progress.isFinished() ? progress.actualFinish() : late ? lateFinish[i] : earlyFinish[i];
      out.add(
          new ScheduledTask(
              task.id(),
              network.summary[i],
              start,
              finish,
              earlyStart[i],
              earlyFinish[i],
              lateStart[i],
              lateFinish[i],
              total,
              free,
              isCritical,
              near));
    }
    critical.sort(Comparator.comparing((Integer i) -> earlyStart[i]).thenComparing(i -> i));
    List<String> path = critical.stream().map(i -> task(i).id()).toList();
    return new Schedule(request.projectStart(), projectFinish, out, path, conflicts);
  }

  private long totalFloat(int i) {
    WorkingCalendar c = time.calendar(i);
    return Math.min(
        c.workBetween(earlyStart[i], lateStart[i]), c.workBetween(earlyFinish[i], lateFinish[i]));
  }

  /** How far a task can slip before it moves a successor (or the project's finish). */
  private long freeFloat(int i) {
    long free = time.calendar(i).workBetween(earlyFinish[i], projectFinish);
    for (Network.Edge edge : outgoing.get(i)) {
      int s = edge.to();
      WorkingCalendar c = time.calendar(s);
      long slack =
          switch (edge.link().type()) {
            case FINISH_TO_START -> c.workBetween(addLag(edge, earlyFinish[i]), earlyStart[s]);
            case START_TO_START -> c.workBetween(addLag(edge, earlyStart[i]), earlyStart[s]);
            case FINISH_TO_FINISH -> c.workBetween(addLag(edge, earlyFinish[i]), earlyFinish[s]);
            case START_TO_FINISH -> c.workBetween(addLag(edge, earlyStart[i]), earlyFinish[s]);
          };
      free = Math.min(free, slack);
    }
    return free;
  }

  // ---------------------------------------------------------------- time arithmetic

  private Span remainingOf(int i) {
    ScheduleTask task = task(i);
    return task.duration().remaining(task.progress().percentComplete());
  }

  private LocalDateTime addLag(Network.Edge edge, LocalDateTime date) {
    return shift(edge, date, 1);
  }

  private LocalDateTime removeLag(Network.Edge edge, LocalDateTime date) {
    return shift(edge, date, -1);
  }

  private LocalDateTime shift(Network.Edge edge, LocalDateTime date, int sign) {
    Lag lag = edge.link().lag();
    if (lag.amount() == 0) {
      return date;
    }
    boolean elapsed = lag.kind() == Lag.Kind.ELAPSED;
    long minutes = lag.amount();
    if (lag.kind() == Lag.Kind.PERCENT) {
      Span base = predecessorDuration(edge.from());
      elapsed = base.elapsed();
      minutes = Math.round(base.minutes() * lag.amount() / 100.0);
    }
    minutes *= sign;
    // MS Project counts a lag on the successor's calendar, Primavera on the predecessor's.
    int on = request.rules() == Rules.PRIMAVERA ? edge.from() : edge.to();
    return elapsed ? date.plusMinutes(minutes) : time.calendar(on).addWork(date, minutes);
  }

  private Span predecessorDuration(int p) {
    if (!network.summary[p]) {
      return task(p).duration();
    }
    return Span.working(time.calendar(p).workBetween(earlyStart[p], earlyFinish[p]));
  }

  private ScheduleTask task(int i) {
    return network.tasks.get(i);
  }

  private void conflict(int i, Conflict.Kind kind, String message) {
    ScheduleTask task = task(i);
    conflicts.add(new Conflict(task.id(), kind, "Task " + task.name() + ": " + message));
  }

  private static boolean isAlap(ScheduleTask task) {
    return task.constraint().type() == ConstraintType.AS_LATE_AS_POSSIBLE;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }
}
