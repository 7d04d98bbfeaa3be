package org.cairnpmo.portfolio.selection;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cairnpmo.engine.selection.Conflict;
import org.cairnpmo.engine.selection.DimensionUsage;
import org.cairnpmo.engine.selection.EfficientFrontier;
import org.cairnpmo.engine.selection.FrontierPoint;
import org.cairnpmo.engine.selection.PortfolioSelector;
import org.cairnpmo.engine.selection.SelectionResult;
import org.cairnpmo.engine.selection.SolveOptions;
import org.cairnpmo.engine.selection.SolveProgress;
import org.cairnpmo.engine.selection.SolveStatus;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the optimizer off the request threads, two runs at a time; keeps the live progress of each
 * run in memory and writes the result to its run record when it ends.
 *
 * <p>Several nodes may share the database, and a run's requests may reach any of them: a watcher
 * thread beats on this node's runs every second and copies their live figures to their records, so
 * other nodes show them, and every half second reads which of them someone asked to stop on any
 * node. A run no node has beaten on for {@link #STALE} lost its node (stopped or cut off); any node
 * ends it as failed.
 */
@Component
class SelectionRunner {

  private static final Logger log = LoggerFactory.getLogger(SelectionRunner.class);

  /** Time limit of each frontier level, at most. */
  private static final Duration FRONTIER_LEVEL_LIMIT = Duration.ofSeconds(2);

  private final SelectionRunRepository runs;
  private final JsonMapper json;
  private final Map<Long, Live> live = new ConcurrentHashMap<>();

  /** A run not beaten on for this long has no node working on it any more. */
  static final Duration STALE = Duration.ofSeconds(15);

  /** How often the watcher reads the cancel requests; beats and figures go every other time. */
  private static final long WATCH_MILLIS = 500;

  /** Every how many watches runs without a node are looked for. */
  private static final int SWEEP_EVERY = 20;

  private static final EnumSet<RunStatus> ACTIVE = EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING);

  private static final String ORPHANED =
      "Cairn stopped while this run was waiting or running (the node working on it was restarted"
          + " or lost its database). Start it again.";

  private final ExecutorService pool;
  private final ScheduledExecutorService watcher;
  private final Clock clock;
  private int watches;

  SelectionRunner(SelectionRunRepository runs, JsonMapper json, Clock clock) {
    this.runs = runs;
    this.json = json;
    this.clock = clock;
    AtomicInteger counter = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread t = new Thread(task, "selection-run-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "selection-run-watch");
              t.setDaemon(true);
              return t;
            });
  }

  /** What a run shows while it runs; written by solver threads. */
  static final class Live {
    volatile boolean cancelled;
    volatile SolveProgress progress;
  }

  /** Queues a saved run; {@code model} is built on the worker thread. */
  void submit(long runId, Supplier<SelectionModel> model, ScenarioData data, int timeLimitSeconds) {
    live.put(runId, new Live());
    pool.execute(() -> execute(runId, model, data, timeLimitSeconds));
  }

  /**
   * Stops a queued or running run of this node at once; false when this node does not run it (it
   * runs on another node, which reads the request from the run's record, or it has ended).
   */
  boolean cancel(long runId) {
    Live l = live.get(runId);
    if (l == null) {
      return false;
    }
    l.cancelled = true;
    return true;
  }

  SolveProgress progress(long runId) {
    Live l = live.get(runId);
    return l == null ? null : l.progress;
  }

  /**
   * Runs that were waiting or running when their node stopped never finish: say so, at start and
   * from then on. A run another node is working on is left alone.
   */
  @EventListener(ApplicationReadyEvent.class)
  void startWatching() {
    endOrphans();
    watcher.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void watch() {
    try {
      watches++;
      if (!live.isEmpty()) {
        List<Long> ids = List.copyOf(live.keySet());
        for (Long id : runs.cancelRequestedAmong(ids)) {
          Live l = live.get(id);
          if (l != null) {
            l.cancelled = true;
          }
        }
        if (watches % 2 == 0) {
          runs.beat(ids, clock.instant(), ACTIVE);
          ids.forEach(this::publishProgress);
        }
      }
      if (watches % SWEEP_EVERY == 0) {
        endOrphans();
      }
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next watch tries again.
      log.warn("Watching the optimizer runs failed: {}", e.getMessage());
    }
  }

  private void publishProgress(long runId) {
    Live l = live.get(runId);
    SolveProgress p = l == null ? null : l.progress;
    if (p != null) {
      runs.progress(
          runId,
          p.objectiveValue(),
          Double.isFinite(p.bestBound()) ? p.bestBound() : null,
          Double.isFinite(p.gapPercent()) ? p.gapPercent() : null);
    }
  }

  /** Ends as failed the runs no node has beaten on for {@link #STALE}. */
  void endOrphans() {
    Instant now = clock.instant();
    for (SelectionRun run : runs.findByStatusIn(ACTIVE)) {
      if (!live.containsKey(run.getId())) {
        runs.endOrphan(run.getId(), RunStatus.FAILED, ORPHANED, now.minus(STALE), now, ACTIVE);
      }
    }
  }

  /**
   * Ends a run no node works on any more as cancelled, as a cancel asked of it; false when a node
   * still beats on it (or it has ended).
   */
  boolean cancelOrphan(long runId) {
    if (live.containsKey(runId)) {
      return false;
    }
    Instant now = clock.instant();
    return runs.endOrphan(runId, RunStatus.CANCELLED, null, now.minus(STALE), now, ACTIVE) == 1;
  }

  @PreDestroy
  void stop() {
    live.values().forEach(l -> l.cancelled = true);
    watcher.shutdownNow();
    pool.shutdownNow();
  }

  private void execute(
      long runId, Supplier<SelectionModel> modelSupplier, ScenarioData data, int timeLimitSeconds) {
    Live l = live.get(runId);
    try {
      SelectionRun run = runs.findById(runId).orElseThrow();
      if (l.cancelled) {
        run.cancelQueued(clock.instant());
        runs.save(run);
        return;
      }
      run.start(clock.instant());
      run = runs.save(run);
      SelectionModel model;
      try {
        model = modelSupplier.get();
      } catch (InvalidInputException e) {
        run.fail("The scenario no longer fits its candidates: " + e.getMessage(), clock.instant());
        runs.save(run);
        return;
      }
      SolveOptions options =
          SolveOptions.defaults()
              .withTimeLimit(Duration.ofSeconds(timeLimitSeconds))
              .withCancellation(() -> l.cancelled)
              .withListener(p -> l.progress = p);
      SelectionResult result = PortfolioSelector.solve(model.problem, options);
      List<FrontierPoint> frontier = List.of();
      if (result.status() != SolveStatus.INFEASIBLE && !result.cancelled()) {
        var range = EfficientFrontier.budgetRange(model.problem, SelectionModel.TOTAL);
        Duration perLevel =
            Duration.ofSeconds(timeLimitSeconds).compareTo(FRONTIER_LEVEL_LIMIT) < 0
                ? Duration.ofSeconds(timeLimitSeconds)
                : FRONTIER_LEVEL_LIMIT;
        frontier =
            EfficientFrontier.compute(
                model.problem,
                SelectionModel.TOTAL,
                EfficientFrontier.evenLevels(
                    range.min(), range.max(), data.effectiveFrontierLevels()),
                options.withTimeLimit(perLevel).withListener(p -> {}));
      }
      List<RunResult.LeftOut> leftOut =
          result.status() == SolveStatus.INFEASIBLE || result.cancelled() || l.cancelled
              ? List.of()
              : LeftOutExplainer.explain(
                  model, result, options, Duration.ofSeconds(timeLimitSeconds));
      RunResult stored = toResult(model, data, result, frontier, leftOut);
      // A cancel someone was told was accepted ends the run as cancelled, even when the search
      // finished before this node read the request.
      boolean cancelled =
          result.cancelled() || l.cancelled || !runs.cancelRequestedAmong(List.of(runId)).isEmpty();
      run.finish(
          cancelled ? RunStatus.CANCELLED : RunStatus.DONE,
          json.writeValueAsString(stored),
          stored.feasible() ? stored.objectiveValue() : null,
          stored.bestBound(),
          stored.gapPercent(),
          clock.instant());
      runs.save(run);
    } catch (RuntimeException e) {
      log.error("Selection run {} failed", runId, e);
      runs.findById(runId)
          .ifPresent(
              r -> {
                r.fail(
                    "The optimizer stopped with an internal error; see the server log.",
                    clock.instant());
                runs.save(r);
              });
    } finally {
      live.remove(runId);
    }
  }

  static RunResult toResult(
      SelectionModel model,
      ScenarioData data,
      SelectionResult result,
      List<FrontierPoint> frontier,
      List<RunResult.LeftOut> leftOut) {
    boolean feasible = result.status() != SolveStatus.INFEASIBLE;
    List<RunResult.Pick> picks = new ArrayList<>();
    double totalCost = 0;
    for (String code : result.selectedIds()) {
      ProposalCandidate c = model.byId.get(code);
      double cost = SelectionModel.totalCost(c);
      totalCost += cost;
      picks.add(new RunResult.Pick(c.id(), c.code(), c.title(), model.values.get(code), cost));
    }
    List<RunResult.Usage> usage = new ArrayList<>();
    for (DimensionUsage u : result.usage()) {
      if (u.dimension().equals(SelectionModel.TOTAL) && data.totalBudget() == null) {
        continue;
      }
      usage.add(
          new RunResult.Usage(
              u.dimension(),
              u.used(),
              u.capacity(),
              Double.isFinite(u.utilizationPercent()) ? u.utilizationPercent() : 0));
    }
    String explanation =
        switch (result.status()) {
          case OPTIMAL ->
              "Proven optimal: no other selection that keeps every limit and rule is worth more.";
          case FEASIBLE ->
              String.format(
                  java.util.Locale.ROOT,
                  "Keeps every limit and rule, but is not proven best: the search %s. No selection"
                      + " is worth more than %.2f; the proven optimality gap is %.2f %%.",
                  result.cancelled() ? "was cancelled" : "reached its time limit",
                  result.bestBound(),
                  result.gapPercent());
          case INFEASIBLE ->
              "No selection keeps every limit and rule. "
                  + String.join(" ", result.conflicts().stream().map(Conflict::message).toList());
        };
    List<RunResult.FrontierStep> steps = new ArrayList<>();
    for (FrontierPoint p : frontier) {
      boolean ok = p.result().status() != SolveStatus.INFEASIBLE;
      steps.add(
          new RunResult.FrontierStep(
              p.budget(),
              ok ? p.value() : null,
              p.result().status().name(),
              p.result().selectedIds(),
              p.entering(),
              p.leaving()));
    }
    return new RunResult(
        result.status().name(),
        explanation,
        result.method().name(),
        feasible ? result.objectiveValue() : 0,
        feasible && Double.isFinite(result.bestBound()) ? result.bestBound() : null,
        feasible && Double.isFinite(result.gapPercent()) ? result.gapPercent() : null,
        totalCost,
        result.solveTime().toMillis(),
        result.cancelled(),
        picks,
        usage,
        result.conflicts().stream().map(Conflict::message).toList(),
        steps,
        model.budget,
        leftOut);
  }
}
