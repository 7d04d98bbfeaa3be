package org.cairnpmo.engine.selection;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.function.BooleanSupplier;

/**
 * One CP-SAT run on the selection model: one Boolean per candidate, one linear row per dimension,
 * at-most-one per exclusive group, an implication per prerequisite.
 */
final class CpSatSearch {

  /** What came back: the best selection (null if none), whether it is proven, the bound. */
  record Outcome(boolean[] best, boolean proven, double bound, boolean cancelled) {}

  /** Receives each solution CP-SAT reports, with the bound at that moment (caller's units). */
  interface SolutionSink {
    void accept(boolean[] selection, double bound);
  }

  /** Solver knobs for one run. */
  record Settings(double seconds, int workers, int seed, BooleanSupplier cancelled) {}

  private CpSatSearch() {}

  /**
   * @param hint a selection to start from, or null
   * @param onSolution told about every solution CP-SAT reports, in array form
   */
  static Outcome run(IndexedProblem p, boolean[] hint, Settings settings, SolutionSink onSolution) {
    NativeLibrary.ensureLoaded();
    CpModel model = new CpModel();
    BoolVar[] x = new BoolVar[p.n];
    for (int i = 0; i < p.n; i++) {
      x[i] = model.newBoolVar(p.ids[i]);
      if (p.mustExclude[i]) {
        model.addEquality(x[i], 0);
      } else if (p.mustInclude[i]) {
        model.addEquality(x[i], 1);
      }
    }
    for (int d = 0; d < p.m; d++) {
      IntegerScaling.Scale scale = IntegerScaling.choose(p.usage[d], p.capacity[d]);
      long[] w = IntegerScaling.coefficients(p.usage[d], scale, true);
      model.addLessOrEqual(
          LinearExpr.weightedSum(x, w), IntegerScaling.capacity(p.capacity[d], scale));
    }
    for (int[] group : p.groups) {
      BoolVar[] members = new BoolVar[group.length];
      for (int k = 0; k < group.length; k++) {
        members[k] = x[group[k]];
      }
      model.addAtMostOne(members);
    }
    for (int i = 0; i < p.n; i++) {
      for (int r : p.requires[i]) {
        model.addImplication(x[i], x[r]);
      }
    }
    IntegerScaling.Scale objectiveScale = IntegerScaling.choose(p.values, 0);
    long[] v = IntegerScaling.coefficients(p.values, objectiveScale, false);
    model.maximize(LinearExpr.weightedSum(x, v));
    if (hint != null) {
      for (int i = 0; i < p.n; i++) {
        model.addHint(x[i], hint[i]);
      }
    }

    // The scaled bound is exact for exactly scaled values; otherwise widen it by the worst-case
    // rounding so that it stays a valid bound in the caller's units.
    double slack = objectiveScale.exact() ? 0 : 0.5 * p.n / objectiveScale.factor();
    double factor = objectiveScale.factor();
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, settings.seconds()))
        .setNumWorkers(settings.workers())
        .setRandomSeed(settings.seed())
        .setLogSearchProgress(false);
    Watcher watcher = new Watcher(solver, settings.cancelled());
    CpSolverSolutionCallback callback =
        new CpSolverSolutionCallback() {
          @Override
          public void onSolutionCallback() {
            boolean[] found = new boolean[p.n];
            for (int i = 0; i < p.n; i++) {
              found[i] = booleanValue(x[i]);
            }
            onSolution.accept(found, bestObjectiveBound() / factor + slack);
          }
        };
    CpSolverStatus status;
    watcher.start();
    try {
      status = solver.solve(model, callback);
    } finally {
      watcher.finish();
    }
    boolean[] best = null;
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      best = new boolean[p.n];
      for (int i = 0; i < p.n; i++) {
        best[i] = solver.booleanValue(x[i]);
      }
    }
    // Without a solution (UNKNOWN) CP-SAT may not have finished presolve; its bound is not
    // meaningful then.
    double bound =
        status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
            ? solver.bestObjectiveBound() / factor + slack
            : Double.NaN;
    // With approximated values, "optimal" means optimal for the rounded values; accept it when the
    // rounding cannot matter before the seventh significant digit.
    boolean proven =
        status == CpSolverStatus.OPTIMAL && slack <= 1e-7 * Math.max(1.0, Math.abs(bound));
    return new Outcome(best, proven, bound, watcher.fired());
  }

  /** Polls the cancellation hook, because CP-SAT only calls back on new solutions. */
  private static final class Watcher extends Thread {
    private final CpSolver solver;
    private final BooleanSupplier cancelled;
    private volatile boolean done;
    private volatile boolean fired;

    Watcher(CpSolver solver, BooleanSupplier cancelled) {
      super("cp-sat-cancel-watcher");
      setDaemon(true);
      this.solver = solver;
      this.cancelled = cancelled;
    }

    @Override
    public void run() {
      while (!done) {
        if (cancelled.getAsBoolean()) {
          fired = true;
          solver.stopSearch();
          return;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      done = true;
      interrupt();
    }

    boolean fired() {
      return fired;
    }
  }
}
