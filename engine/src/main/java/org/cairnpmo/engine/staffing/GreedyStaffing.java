package org.cairnpmo.engine.staffing;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Highest priority first (then the best fit on offer), each request to the best-fitting person who
 * still has room; the first proposal and CP-SAT's hint.
 */
final class GreedyStaffing {

  private GreedyStaffing() {}

  static int[] solve(IndexedStaffing p) {
    int[] x = p.empty();
    fill(p, x);
    return x;
  }

  /** Adds, in greedy order, every open request that still fits; returns whether any was added. */
  static boolean fill(IndexedStaffing p, int[] x) {
    int[] used = p.used(x);
    boolean added = false;
    for (int r : order(p)) {
      if (x[r] >= 0) {
        continue;
      }
      for (int q : p.pairsOf[r]) {
        if (p.fits(used, q)) {
          x[r] = q;
          p.add(used, q, 1);
          added = true;
          break;
        }
      }
    }
    return added;
  }

  /** Requests by priority, then by the value of their best pair, then in the problem's order. */
  static int[] order(IndexedStaffing p) {
    Integer[] order = new Integer[p.requests];
    double[] best = new double[p.requests];
    for (int r = 0; r < p.requests; r++) {
      order[r] = r;
      best[r] = p.pairsOf[r].length == 0 ? 0 : p.pairValue[p.pairsOf[r][0]];
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c =
              Double.compare(
                  p.source.requests().get(b).priority(), p.source.requests().get(a).priority());
          if (c == 0) {
            c = Double.compare(best[b], best[a]);
          }
          return c != 0 ? c : Integer.compare(a, b);
        });
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Local improvement until nothing improves or the deadline passes: each assigned request moves to
   * a better-fitting person with room; each open request takes a person whose conflicting requests
   * can all move to someone else, when that is worth more. Returns whether anything changed.
   */
  static boolean improve(IndexedStaffing p, int[] x, long deadlineNanos) {
    int[] used = p.used(x);
    int[] order = order(p);
    boolean changed = false;
    boolean again = true;
    while (again && System.nanoTime() < deadlineNanos) {
      again = false;
      for (int r : order) {
        if (x[r] >= 0) {
          again |= upgrade(p, x, used, r);
        } else {
          again |= eject(p, x, used, r);
        }
        if (System.nanoTime() >= deadlineNanos) {
          break;
        }
      }
      changed |= again;
    }
    return changed;
  }

  private static boolean upgrade(IndexedStaffing p, int[] x, int[] used, int r) {
    int current = x[r];
    p.add(used, current, -1);
    for (int q : p.pairsOf[r]) {
      if (p.pairValue[q] <= p.pairValue[current] + 1e-12) {
        break;
      }
      if (p.fits(used, q)) {
        x[r] = q;
        p.add(used, q, 1);
        return true;
      }
    }
    p.add(used, current, 1);
    return false;
  }

  /** Tries to give open request {@code r} a person by moving the requests in the way. */
  private static boolean eject(IndexedStaffing p, int[] x, int[] used, int r) {
    for (int q : p.pairsOf[r]) {
      int[] blockers = blockers(p, x, used, q);
      if (blockers.length == 0) {
        x[r] = q;
        p.add(used, q, 1);
        return true;
      }
      if (blockers.length > 3) {
        continue;
      }
      double lost = 0;
      for (int b : blockers) {
        lost += p.pairValue[x[b]];
      }
      // Remove the blockers, place r, then place each blocker elsewhere if it fits.
      int[] old = new int[blockers.length];
      for (int k = 0; k < blockers.length; k++) {
        old[k] = x[blockers[k]];
        p.add(used, old[k], -1);
        x[blockers[k]] = -1;
      }
      if (!p.fits(used, q)) {
        restore(p, x, used, blockers, old);
        continue;
      }
      x[r] = q;
      p.add(used, q, 1);
      double regained = p.pairValue[q];
      for (int b : blockers) {
        for (int alt : p.pairsOf[b]) {
          if (p.fits(used, alt)) {
            x[b] = alt;
            p.add(used, alt, 1);
            regained += p.pairValue[alt];
            break;
          }
        }
      }
      if (regained > lost + 1e-9) {
        return true;
      }
      p.add(used, q, -1);
      x[r] = -1;
      for (int b : blockers) {
        if (x[b] >= 0) {
          p.add(used, x[b], -1);
          x[b] = -1;
        }
      }
      restore(p, x, used, blockers, old);
    }
    return false;
  }

  private static void restore(IndexedStaffing p, int[] x, int[] used, int[] requests, int[] pairs) {
    for (int k = 0; k < requests.length; k++) {
      x[requests[k]] = pairs[k];
      p.add(used, pairs[k], 1);
    }
  }

  /** The assigned requests on pair {@code q}'s person in the periods where {@code q} lacks room. */
  static int[] blockers(IndexedStaffing p, int[] x, int[] used, int q) {
    int person = p.pairPerson[q];
    int base = person * p.periods + p.pairFirst[q];
    int[] need = p.pairDemand[q];
    TreeSet<Integer> out = new TreeSet<>();
    for (int k = 0; k < need.length; k++) {
      if (need[k] == 0 || used[base + k] + need[k] <= p.free[base + k]) {
        continue;
      }
      int period = p.pairFirst[q] + k;
      for (int other : p.pairsOnPerson[person]) {
        int r = p.pairRequest[other];
        if (x[r] != other) {
          continue;
        }
        int offset = period - p.pairFirst[other];
        if (offset >= 0 && offset < p.pairDemand[other].length && p.pairDemand[other][offset] > 0) {
          out.add(r);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
