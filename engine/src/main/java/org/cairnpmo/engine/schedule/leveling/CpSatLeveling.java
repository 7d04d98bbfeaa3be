package org.cairnpmo.engine.schedule.leveling;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;

/**
 * The leveling problem for CP-SAT: a start variable and a fixed-size interval per free activity,
 * one cumulative constraint per resource (the load of fixed activities as fixed intervals, at most
 * the capacity), the start distances as linear constraints, and the makespan to minimize below the
 * heuristic's, which is the hint.
 */
final class CpSatLeveling {

  /** What CP-SAT found: starts of every activity (null if none better), its bound, proof. */
  record Outcome(int[] starts, int makespan, int bound, boolean optimal) {}

  private static boolean loaded;

  private CpSatLeveling() {}

  /** The OR-Tools native library is loaded once per JVM; a second load fails. */
  private static synchronized void loadNativeLibrary() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  static Outcome solve(
      RcpspProblem p, Bounds bounds, int[] hint, int upper, double seconds, int workers, int seed) {
    loadNativeLibrary();
    CpModel model = new CpModel();
    IntVar[] start = new IntVar[p.n];
    IntervalVar[] interval = new IntervalVar[p.n];
    IntVar makespan = model.newIntVar(bounds.lower, upper, "makespan");
    for (int i = 0; i < p.n; i++) {
      if (p.isFixed(i)) {
        continue;
      }
      // The late start against the critical path, moved by the slack the upper bound leaves.
      int latest =
          Math.max(bounds.earlyStart[i], bounds.lateStart[i] + upper - bounds.criticalPath);
      start[i] = model.newIntVar(bounds.earlyStart[i], latest, "s" + i);
      interval[i] = model.newFixedSizeIntervalVar(start[i], p.duration[i], "a" + i);
      model.addLessOrEqual(LinearExpr.affine(start[i], 1, p.duration[i]), makespan);
      model.addHint(start[i], hint[i]);
    }
    model.addHint(makespan, upper);
    for (int r = 0; r < p.resources; r++) {
      CumulativeConstraint cumulative = model.addCumulative(p.capacity[r]);
      addFixedLoad(model, cumulative, p, r);
      for (int i = 0; i < p.n; i++) {
        if (!p.isFixed(i) && p.duration[i] > 0 && p.demand[i][r] > 0) {
          cumulative.addDemand(interval[i], p.demand[i][r]);
        }
      }
    }
    for (int j = 0; j < p.n; j++) {
      if (p.isFixed(j)) {
        continue;
      }
      for (int k = 0; k < p.pred[j].length; k++) {
        int i = p.pred[j][k];
        if (!p.isFixed(i)) {
          model.addGreaterOrEqual(
              LinearExpr.newBuilder().add(start[j]).addTerm(start[i], -1).build(),
              p.predDistance[j][k]);
        }
      }
    }
    model.minimize(makespan);
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(Math.max(0.01, seconds))
        .setNumWorkers(Math.max(1, workers))
        .setRandomSeed(seed)
        .setLogSearchProgress(false);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Outcome(null, upper, bounds.lower, false);
    }
    int[] starts = new int[p.n];
    for (int i = 0; i < p.n; i++) {
      starts[i] = p.isFixed(i) ? p.fixedStart[i] : (int) solver.value(start[i]);
    }
    int bound = (int) Math.ceil(solver.bestObjectiveBound() - 1e-6);
    return new Outcome(
        starts,
        (int) solver.value(makespan),
        Math.max(bound, bounds.lower),
        status == CpSolverStatus.OPTIMAL);
  }

  /** The load of the fixed activities on resource r, cut to the capacity, as fixed intervals. */
  private static void addFixedLoad(
      CpModel model, CumulativeConstraint cumulative, RcpspProblem p, int r) {
    int end = 0;
    for (int i = 0; i < p.n; i++) {
      if (p.isFixed(i) && p.demand[i][r] > 0) {
        end = Math.max(end, p.fixedStart[i] + p.duration[i]);
      }
    }
    int[] load = new int[end + 1];
    for (int i = 0; i < p.n; i++) {
      if (p.isFixed(i) && p.demand[i][r] > 0) {
        for (int t = p.fixedStart[i]; t < p.fixedStart[i] + p.duration[i]; t++) {
          load[t] += p.demand[i][r];
        }
      }
    }
    int from = 0;
    for (int t = 1; t <= end; t++) {
      if (load[t] != load[from]) {
        int units = Math.min(load[from], p.capacity[r]);
        if (units > 0) {
          cumulative.addDemand(model.newFixedInterval(from, t - from, "f" + r + "_" + from), units);
        }
        from = t;
      }
    }
  }
}
