package org.cairnpmo.engine.staffing;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * One CP-SAT run on the staffing model: one Boolean per pair, at most one pair per request, and per
 * person and period the new hours within the free hours (only where the pairs that touch the cell
 * could exceed them).
 */
final class CpSatStaffing {

  /** What came back: the best proposal (null if none), whether it is proven, the bound. */
  record Outcome(int[] best, boolean proven, double bound, boolean cancelled) {}

  /** Solver knobs for one run. */
  record Settings(
      long deadlineNanos, int workers, int seed, Double workLimit, BooleanSupplier cancelled) {}

  private CpSatStaffing() {}

  /**
   * @param hint a proposal to start from, or null
   * @param onSolution told about every proposal CP-SAT reports, with the bound at that moment
   */
  static Outcome run(
      IndexedStaffing p, int[] hint, Settings settings, BiConsumer<int[], Double> onSolution) {
    NativeLibrary.ensureLoaded();
    CpModel model = new CpModel();
    BoolVar[] x = new BoolVar[p.pairCount];
    for (int q = 0; q < p.pairCount; q++) {
      x[q] = model.newBoolVar("x" + q);
    }
    for (int r = 0; r < p.requests; r++) {
      int[] pairs = p.pairsOf[r];
      if (pairs.length > 1) {
        BoolVar[] one = new BoolVar[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
          one[k] = x[pairs[k]];
        }
        model.addAtMostOne(one);
      }
    }
    addCapacityRows(p, model, x);
    model.maximize(LinearExpr.weightedSum(x, p.pairCoefficient));
    if (hint != null) {
      boolean[] chosen = new boolean[p.pairCount];
      for (int q : hint) {
        if (q >= 0) {
          chosen[q] = true;
        }
      }
      for (int q = 0; q < p.pairCount; q++) {
        model.addHint(x[q], chosen[q] ? 1 : 0);
      }
    }

    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, (settings.deadlineNanos() - System.nanoTime()) / 1e9))
        .setNumWorkers(settings.workers())
        .setRandomSeed(settings.seed())
        .setLogSearchProgress(false)
        // The workers' subsolvers take turns in fixed batches: repeatable, and on two cores it
        // proves much tighter bounds in a few seconds than the default portfolio.
        .setInterleaveSearch(true);
    if (settings.workLimit() != null) {
      solver.getParameters().setMaxDeterministicTime(settings.workLimit());
    }
    double slack = p.roundingSlack;
    CpSolverSolutionCallback callback =
        new CpSolverSolutionCallback() {
          @Override
          public void onSolutionCallback() {
            int[] found = p.empty();
            for (int q = 0; q < p.pairCount; q++) {
              if (booleanValue(x[q])) {
                found[p.pairRequest[q]] = q;
              }
            }
            onSolution.accept(found, bestObjectiveBound() / IndexedStaffing.VALUE_SCALE + slack);
          }
        };
    Watcher watcher = new Watcher(solver, settings.cancelled(), settings.deadlineNanos());
    CpSolverStatus status;
    watcher.start();
    try {
      status = solver.solve(model, callback);
    } finally {
      watcher.finish();
    }
    boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    int[] best = null;
    if (solved) {
      best = p.empty();
      for (int q = 0; q < p.pairCount; q++) {
        if (solver.booleanValue(x[q])) {
          best[p.pairRequest[q]] = q;
        }
      }
    }
    double bound =
        solved ? solver.bestObjectiveBound() / IndexedStaffing.VALUE_SCALE + slack : Double.NaN;
    boolean proven = status == CpSolverStatus.OPTIMAL && slack <= 1e-7 * Math.max(1.0, bound);
    return new Outcome(best, proven, bound, watcher.fired());
  }

  private static void addCapacityRows(IndexedStaffing p, CpModel model, BoolVar[] x) {
    int cells = p.people * p.periods;
    int[] count = new int[cells + 1];
    long[] asked = new long[cells];
    for (int q = 0; q < p.pairCount; q++) {
      int base = p.pairPerson[q] * p.periods + p.pairFirst[q];
      int[] need = p.pairDemand[q];
      for (int k = 0; k < need.length; k++) {
        if (need[k] > 0) {
          count[base + k + 1]++;
          asked[base + k] += need[k];
        }
      }
    }
    for (int c = 0; c < cells; c++) {
      count[c + 1] += count[c];
    }
    int[] pos = count.clone();
    int[] members = new int[count[cells]];
    long[] weights = new long[count[cells]];
    for (int q = 0; q < p.pairCount; q++) {
      int base = p.pairPerson[q] * p.periods + p.pairFirst[q];
      int[] need = p.pairDemand[q];
      for (int k = 0; k < need.length; k++) {
        if (need[k] > 0) {
          members[pos[base + k]] = q;
          weights[pos[base + k]++] = need[k];
        }
      }
    }
    for (int c = 0; c < cells; c++) {
      int size = count[c + 1] - count[c];
      if (size < 2 || asked[c] <= p.free[c]) {
        // A single pair fits alone by construction; a cell nobody can overfill needs no row.
        continue;
      }
      BoolVar[] vars = new BoolVar[size];
      long[] w = new long[size];
      for (int k = 0; k < size; k++) {
        vars[k] = x[members[count[c] + k]];
        w[k] = weights[count[c] + k];
      }
      model.addLessOrEqual(LinearExpr.weightedSum(vars, w), p.free[c]);
    }
  }

  /**
   * Polls the cancellation hook, because CP-SAT only calls back on new solutions; also stops the
   * search at the deadline, which CP-SAT's own clock overshoots on a busy machine.
   */
  private static final class Watcher extends Thread {
    private final CpSolver solver;
    private final BooleanSupplier cancelled;
    private final long deadlineNanos;
    private volatile boolean done;
    private volatile boolean fired;

    Watcher(CpSolver solver, BooleanSupplier cancelled, long deadlineNanos) {
      super("cp-sat-staffing-cancel-watcher");
      setDaemon(true);
      this.solver = solver;
      this.cancelled = cancelled;
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
      while (!done) {
        if (cancelled.getAsBoolean()) {
          fired = true;
          solver.stopSearch();
          return;
        }
        if (System.nanoTime() > deadlineNanos) {
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
