package org.cairnpmo.engine.schedule.leveling;

import java.util.Arrays;

/**
 * The serial schedule generation scheme on a time-indexed resource profile: activities of a list
 * are placed one by one at the earliest time their predecessors and the free capacity allow. Fixed
 * activities are on the profile from the start. Also the right shift of forward-backward
 * improvement (justification). One instance is reused for many schedules of the same problem; it is
 * not thread-safe.
 */
final class SerialSgs {

  private final RcpspProblem p;
  private final int horizon;
  private final int[][] base;
  private final int[][] avail;
  private final int fixedMakespan;
  private final int[] free;
  final int[] start;
  private int makespan;

  SerialSgs(RcpspProblem problem) {
    this.p = problem;
    int fixedEnd = 0;
    int maxRelease = 0;
    long total = 0;
    int freeCount = 0;
    for (int i = 0; i < p.n; i++) {
      if (p.isFixed(i)) {
        fixedEnd = Math.max(fixedEnd, p.fixedStart[i] + p.duration[i]);
        continue;
      }
      freeCount++;
      maxRelease = Math.max(maxRelease, p.release[i]);
      int longest = 0;
      for (int d : p.predDistance[i]) {
        longest = Math.max(longest, d);
      }
      total += p.duration[i] + longest;
    }
    long bound = Math.max(fixedEnd, maxRelease) + total + 1;
    if (bound > 50_000_000L) {
      throw new IllegalArgumentException("The leveling horizon is too long: " + bound);
    }
    horizon = (int) bound;
    fixedMakespan = fixedEnd;
    free = new int[freeCount];
    start = new int[p.n];
    base = new int[p.resources][horizon];
    avail = new int[p.resources][horizon];
    int k = 0;
    for (int r = 0; r < p.resources; r++) {
      Arrays.fill(base[r], p.capacity[r]);
    }
    for (int i = 0; i < p.n; i++) {
      if (!p.isFixed(i)) {
        free[k++] = i;
        continue;
      }
      start[i] = p.fixedStart[i];
      for (int r = 0; r < p.resources; r++) {
        for (int t = start[i]; t < start[i] + p.duration[i]; t++) {
          base[r][t] = Math.max(0, base[r][t] - p.demand[i][r]);
        }
      }
    }
  }

  /** The activities that may move, in index order. */
  int[] free() {
    return free.clone();
  }

  int makespan() {
    return makespan;
  }

  /** Places the free activities in the order of {@code list} (which respects the precedences). */
  int decode(int[] list) {
    for (int r = 0; r < p.resources; r++) {
      System.arraycopy(base[r], 0, avail[r], 0, horizon);
    }
    makespan = fixedMakespan;
    for (int j : list) {
      int t = earliestFit(j, earliestStart(j));
      place(j, t, -1);
      start[j] = t;
      makespan = Math.max(makespan, t + p.duration[j]);
    }
    return makespan;
  }

  /** Where the predecessors (as placed now) and the release let {@code j} start. */
  int earliestStart(int j) {
    int es = p.release[j];
    int[] pred = p.pred[j];
    for (int k = 0; k < pred.length; k++) {
      es = Math.max(es, start[pred[k]] + p.predDistance[j][k]);
    }
    return es;
  }

  private int earliestFit(int j, int from) {
    int length = p.duration[j];
    int t = from;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int r = 0; r < p.resources && !moved; r++) {
        int need = p.demand[j][r];
        if (need == 0) {
          continue;
        }
        int[] a = avail[r];
        for (int tau = t; tau < t + length; tau++) {
          if (a[tau] < need) {
            t = tau + 1;
            moved = true;
            break;
          }
        }
      }
    }
    if (t + length > horizon) {
      throw new IllegalStateException("The schedule outgrew its horizon");
    }
    return t;
  }

  private void place(int j, int t, int sign) {
    for (int r = 0; r < p.resources; r++) {
      int need = p.demand[j][r] * sign;
      if (need != 0) {
        int[] a = avail[r];
        for (int tau = t; tau < t + p.duration[j]; tau++) {
          a[tau] += need;
        }
      }
    }
  }

  /**
   * Shifts every free activity as far right as the makespan, its successors and the capacity let
   * it, latest finish first; then returns the free activities by their new starts, the list whose
   * decoding is the left shift.
   */
  int[] rightShiftedOrder() {
    int[] byFinish = sortedBy(true);
    for (int k = byFinish.length - 1; k >= 0; k--) {
      int j = byFinish[k];
      place(j, start[j], 1);
      int latest = makespan - p.duration[j];
      int[] succ = p.succ[j];
      for (int s = 0; s < succ.length; s++) {
        if (!p.isFixed(succ[s])) {
          latest = Math.min(latest, start[succ[s]] - p.succDistance[j][s]);
        }
      }
      int t = latestFit(j, latest, start[j]);
      place(j, t, -1);
      start[j] = t;
    }
    return sortedBy(false);
  }

  private int latestFit(int j, int latest, int floor) {
    int length = p.duration[j];
    int t = latest;
    while (t > floor) {
      int fail = -1;
      for (int r = 0; r < p.resources; r++) {
        int need = p.demand[j][r];
        if (need == 0) {
          continue;
        }
        int[] a = avail[r];
        for (int tau = t + length - 1; tau >= t; tau--) {
          if (a[tau] < need) {
            fail = Math.max(fail, tau);
            break;
          }
        }
      }
      if (fail < 0) {
        return t;
      }
      t = fail - length;
    }
    return floor;
  }

  /** The free activities by start (or finish), ties by index. */
  int[] sortedBy(boolean finish) {
    long[] keys = new long[free.length];
    for (int k = 0; k < free.length; k++) {
      int j = free[k];
      long time = start[j] + (finish ? p.duration[j] : 0);
      keys[k] = (time << 24) | j;
    }
    Arrays.sort(keys);
    int[] out = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      out[k] = (int) (keys[k] & 0xFFFFFF);
    }
    return out;
  }

  /** The sum of the free activities' starts, the tie-break between lists of equal makespan. */
  long startSum() {
    long sum = 0;
    for (int j : free) {
      sum += start[j];
    }
    return sum;
  }
}
