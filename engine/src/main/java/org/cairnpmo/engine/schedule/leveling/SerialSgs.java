package org.cairnpmo.engine.schedule.leveling;

import java.util.Arrays;

/**
 * The serial schedule generation scheme on a time-indexed resource profile: activities of a list
 * are placed one by one at the earliest time their predecessors and the free capacity allow. Fixed
 * activities are on the profile from the start. Also the right shift of forward-backward
 * improvement (justification). One instance is reused for many schedules of the same problem; it is
 * not thread-safe.
 *
 * <p>The heuristic's time is spent here, so nothing is allocated per schedule: each activity knows
 * the resources it uses, a window that does not fit is left past its last short period (checked
 * from the window's end, the farthest jump), only the part of the profile the last schedule used is
 * reset, and activities are ordered by start or finish with a counting sort.
 */
final class SerialSgs {

  private final RcpspProblem p;
  private final int horizon;
  private final int[][] base;
  private final int[][] avail;
  private final int fixedMakespan;
  private final int[] free;
  private final int[][] uses;
  private final int[][] needs;
  private final int[] duration;
  private final int[] bucket;
  private final int[] byFinish;
  final int[] start;
  private int makespan;
  private int dirty;

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
    byFinish = new int[freeCount];
    bucket = new int[horizon + 2];
    start = new int[p.n];
    duration = p.duration;
    base = new int[p.resources][horizon];
    avail = new int[p.resources][horizon];
    uses = new int[p.n][];
    needs = new int[p.n][];
    int k = 0;
    for (int r = 0; r < p.resources; r++) {
      Arrays.fill(base[r], p.capacity[r]);
    }
    for (int i = 0; i < p.n; i++) {
      usage(i);
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
    for (int r = 0; r < p.resources; r++) {
      System.arraycopy(base[r], 0, avail[r], 0, horizon);
    }
  }

  /** The resources activity i needs (none when it takes no time) and how much of each. */
  private void usage(int i) {
    int count = 0;
    for (int r = 0; r < p.resources; r++) {
      count += p.demand[i][r] > 0 && p.duration[i] > 0 ? 1 : 0;
    }
    uses[i] = new int[count];
    needs[i] = new int[count];
    int k = 0;
    for (int r = 0; r < p.resources && count > 0; r++) {
      if (p.demand[i][r] > 0) {
        uses[i][k] = r;
        needs[i][k++] = p.demand[i][r];
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
      System.arraycopy(base[r], 0, avail[r], 0, dirty);
    }
    dirty = 0;
    int end = fixedMakespan;
    for (int j : list) {
      int t = earliestFit(j, earliestStart(j));
      place(j, t, -1);
      start[j] = t;
      end = Math.max(end, t + duration[j]);
    }
    makespan = end;
    return end;
  }

  /** Where the predecessors (as placed now) and the release let {@code j} start. */
  int earliestStart(int j) {
    int es = p.release[j];
    int[] pred = p.pred[j];
    int[] distance = p.predDistance[j];
    for (int k = 0; k < pred.length; k++) {
      es = Math.max(es, start[pred[k]] + distance[k]);
    }
    return es;
  }

  private int earliestFit(int j, int from) {
    int length = duration[j];
    int[] use = uses[j];
    int[] need = needs[j];
    int t = from;
    // Round robin over the resources until all of them in a row fit the same window.
    int k = 0;
    int fitted = 0;
    while (fitted < use.length) {
      if (t + length > horizon) {
        throw new IllegalStateException("The schedule outgrew its horizon");
      }
      int[] a = avail[use[k]];
      int units = need[k];
      int tau = t + length - 1;
      while (tau >= t && a[tau] >= units) {
        tau--;
      }
      if (tau < t) {
        fitted++;
        k = k + 1 == use.length ? 0 : k + 1;
      } else {
        t = tau + 1; // every window holding tau is short of this resource
        fitted = 0;
      }
    }
    return t;
  }

  private void place(int j, int t, int sign) {
    int[] use = uses[j];
    int[] need = needs[j];
    int end = t + duration[j];
    for (int k = 0; k < use.length; k++) {
      int units = need[k] * sign;
      int[] a = avail[use[k]];
      for (int tau = t; tau < end; tau++) {
        a[tau] += units;
      }
    }
    dirty = Math.max(dirty, end);
  }

  /**
   * Shifts every free activity as far right as the makespan, its successors and the capacity let
   * it, latest finish first; then returns the free activities by their new starts, the list whose
   * decoding is the left shift.
   */
  int[] rightShiftedOrder() {
    sortInto(byFinish, true);
    for (int k = byFinish.length - 1; k >= 0; k--) {
      int j = byFinish[k];
      place(j, start[j], 1);
      int latest = makespan - duration[j];
      int[] succ = p.succ[j];
      int[] distance = p.succDistance[j];
      for (int s = 0; s < succ.length; s++) {
        if (p.fixedStart[succ[s]] < 0) {
          latest = Math.min(latest, start[succ[s]] - distance[s]);
        }
      }
      int t = latestFit(j, latest, start[j]);
      place(j, t, -1);
      start[j] = t;
    }
    return sortedBy(false);
  }

  /** The mirror of {@link #earliestFit}: the latest window from {@code latest} down to floor. */
  private int latestFit(int j, int latest, int floor) {
    int length = duration[j];
    int[] use = uses[j];
    int[] need = needs[j];
    int t = latest;
    int k = 0;
    int fitted = 0;
    while (fitted < use.length && t > floor) {
      int[] a = avail[use[k]];
      int units = need[k];
      int tau = t;
      int end = t + length;
      while (tau < end && a[tau] >= units) {
        tau++;
      }
      if (tau == end) {
        fitted++;
        k = k + 1 == use.length ? 0 : k + 1;
      } else {
        t = tau - length; // every window holding tau is short of this resource
        fitted = 0;
      }
    }
    return Math.max(t, floor);
  }

  /** The free activities by start (or finish), ties by index. */
  int[] sortedBy(boolean finish) {
    int[] out = new int[free.length];
    sortInto(out, finish);
    return out;
  }

  /** A counting sort of the free activities (in index order, so ties stay by index) into out. */
  private void sortInto(int[] out, boolean finish) {
    int top = 0;
    for (int j : free) {
      int time = start[j] + (finish ? duration[j] : 0);
      bucket[time + 1]++;
      top = Math.max(top, time + 1);
    }
    for (int t = 1; t <= top; t++) {
      bucket[t] += bucket[t - 1];
    }
    for (int j : free) {
      out[bucket[start[j] + (finish ? duration[j] : 0)]++] = j;
    }
    Arrays.fill(bucket, 0, top + 1, 0);
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
