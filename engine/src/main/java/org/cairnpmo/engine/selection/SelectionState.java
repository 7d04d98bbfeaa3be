package org.cairnpmo.engine.selection;

/**
 * A mutable selection with running totals, so heuristics can test a move (remove some projects, add
 * others) in time proportional to the move rather than to the problem.
 */
final class SelectionState {

  final IndexedProblem p;
  final boolean[] x;
  final double[] used;
  final int[] groupCount;
  double value;

  SelectionState(IndexedProblem p, boolean[] start) {
    this.p = p;
    x = new boolean[p.n];
    used = new double[p.m];
    groupCount = new int[p.groups.length];
    for (int i = 0; i < p.n; i++) {
      if (start[i]) {
        set(i, true);
      }
    }
  }

  /** Projects that must come along when {@code j} is added: j and its missing prerequisites. */
  int[] packageOf(int j) {
    int[] closure = p.closure[j];
    if (closure.length == 1) {
      return x[j] ? new int[0] : closure;
    }
    int count = 0;
    for (int i : closure) {
      count += x[i] ? 0 : 1;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i : closure) {
      if (!x[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** Projects that must go when {@code i} is removed: i and its selected dependents. */
  int[] removalOf(int i) {
    int[] dependents = p.dependents[i];
    if (dependents.length == 1) {
      return x[i] ? dependents : new int[0];
    }
    int count = 0;
    for (int j : dependents) {
      count += x[j] ? 1 : 0;
    }
    int[] out = new int[count];
    int k = 0;
    for (int j : dependents) {
      if (x[j]) {
        out[k++] = j;
      }
    }
    return out;
  }

  double valueOf(int[] set) {
    double total = 0;
    for (int i : set) {
      total += p.values[i];
    }
    return total;
  }

  /**
   * Whether removing {@code removed} (selected, closed under dependents) and adding {@code added}
   * (unselected, with its prerequisites) keeps every rule. Prerequisites and must-include are the
   * caller's concern: packages and removals are built to respect them.
   */
  boolean canSwap(int[] removed, int[] added) {
    for (int i : added) {
      if (p.mustExclude[i]) {
        return false;
      }
    }
    for (int d = 0; d < p.m; d++) {
      double[] w = p.usage[d];
      double total = used[d];
      for (int i : added) {
        total += w[i];
      }
      if (total > p.capacity[d]) {
        for (int i : removed) {
          total -= w[i];
        }
        if (!IndexedProblem.fits(total, p.capacity[d])) {
          return false;
        }
      }
    }
    for (int i : added) {
      for (int g : p.groupsOf[i]) {
        int count = groupCount[g];
        for (int r : removed) {
          count -= contains(p.groupsOf[r], g) ? 1 : 0;
        }
        for (int a : added) {
          count += contains(p.groupsOf[a], g) ? 1 : 0;
        }
        if (count > 1) {
          return false;
        }
      }
    }
    return true;
  }

  void swap(int[] removed, int[] added) {
    for (int i : removed) {
      set(i, false);
    }
    for (int i : added) {
      set(i, true);
    }
  }

  private void set(int i, boolean in) {
    if (x[i] == in) {
      return;
    }
    x[i] = in;
    int sign = in ? 1 : -1;
    value += sign * p.values[i];
    for (int d = 0; d < p.m; d++) {
      used[d] += sign * p.usage[d][i];
    }
    for (int g : p.groupsOf[i]) {
      groupCount[g] += sign;
    }
  }

  private static boolean contains(int[] sorted, int v) {
    for (int e : sorted) {
      if (e == v) {
        return true;
      }
    }
    return false;
  }
}
