package org.cairnpmo.engine.schedule.leveling;

/**
 * Resource-free dates and lower bounds: early starts (critical path forward pass from releases and
 * fixed starts), late starts against the critical-path bound, the same with the deadlines too (how
 * urgent an activity is, for the priority rules), the critical-path bound and the energy bound.
 */
final class Bounds {

  final int[] earlyStart;
  final int[] lateStart;
  final int[] urgency;
  final int criticalPath;
  final int lower;

  Bounds(RcpspProblem p) {
    earlyStart = new int[p.n];
    int cp = 0;
    for (int j : p.topological) {
      if (p.isFixed(j)) {
        earlyStart[j] = p.fixedStart[j];
      } else {
        int es = p.release[j];
        for (int k = 0; k < p.pred[j].length; k++) {
          es = Math.max(es, earlyStart[p.pred[j][k]] + p.predDistance[j][k]);
        }
        earlyStart[j] = es;
      }
      cp = Math.max(cp, earlyStart[j] + p.duration[j]);
    }
    criticalPath = cp;
    lateStart = new int[p.n];
    for (int k = p.n - 1; k >= 0; k--) {
      int i = p.topological[k];
      if (p.isFixed(i)) {
        lateStart[i] = p.fixedStart[i];
        continue;
      }
      int ls = cp - p.duration[i];
      for (int s = 0; s < p.succ[i].length; s++) {
        if (!p.isFixed(p.succ[i][s])) {
          ls = Math.min(ls, lateStart[p.succ[i][s]] - p.succDistance[i][s]);
        }
      }
      lateStart[i] = ls;
    }
    urgency = new int[p.n];
    for (int k = p.n - 1; k >= 0; k--) {
      int i = p.topological[k];
      int ls = lateStart[i];
      if (p.deadline[i] >= 0) {
        ls = Math.min(ls, p.deadline[i] - p.duration[i]);
      }
      for (int s = 0; s < p.succ[i].length; s++) {
        if (!p.isFixed(p.succ[i][s])) {
          ls = Math.min(ls, urgency[p.succ[i][s]] - p.succDistance[i][s]);
        }
      }
      urgency[i] = ls;
    }
    lower = Math.max(cp, energy(p));
  }

  /**
   * Without fixed activities: the earliest release plus the work on the busiest resource divided by
   * its capacity.
   */
  private static int energy(RcpspProblem p) {
    int minRelease = Integer.MAX_VALUE;
    for (int i = 0; i < p.n; i++) {
      if (p.isFixed(i)) {
        return 0;
      }
      minRelease = Math.min(minRelease, p.release[i]);
    }
    int best = 0;
    for (int r = 0; r < p.resources; r++) {
      long work = 0;
      for (int i = 0; i < p.n; i++) {
        work += (long) p.duration[i] * p.demand[i][r];
      }
      if (work > 0 && p.capacity[r] > 0) {
        best = (int) Math.max(best, minRelease + (work + p.capacity[r] - 1) / p.capacity[r]);
      }
    }
    return best;
  }
}
