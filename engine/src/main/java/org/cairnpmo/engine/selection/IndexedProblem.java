package org.cairnpmo.engine.selection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem in arrays, indexed by candidate position. Solvers work on this form because the
 * record form (maps of names) is too slow to evaluate in inner loops.
 */
final class IndexedProblem {

  final SelectionProblem source;
  final int n;
  final int m;
  final String[] ids;
  final double[] values;

  /** {@code usage[d][i]}: use of dimension d by candidate i. */
  final double[][] usage;

  final double[] capacity;
  final boolean[] mustInclude;
  final boolean[] mustExclude;
  final int[][] groups;

  /** {@code groupsOf[i]}: indexes of the exclusive groups that contain candidate i. */
  final int[][] groupsOf;

  /** {@code requires[i]}: direct prerequisites of candidate i. */
  final int[][] requires;

  /** {@code closure[i]}: i and everything it needs, transitively. */
  final int[][] closure;

  /** {@code dependents[i]}: i and everything that needs it, transitively. */
  final int[][] dependents;

  private final Map<String, Integer> indexOf;

  IndexedProblem(SelectionProblem problem) {
    source = problem;
    n = problem.candidates().size();
    m = problem.dimensions().size();
    ids = new String[n];
    values = new double[n];
    usage = new double[m][n];
    capacity = new double[m];
    indexOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = problem.candidates().get(i);
      ids[i] = c.id();
      values[i] = c.value();
      indexOf.put(c.id(), i);
    }
    for (int d = 0; d < m; d++) {
      Dimension dimension = problem.dimensions().get(d);
      capacity[d] = dimension.capacity();
      for (int i = 0; i < n; i++) {
        usage[d][i] = problem.candidates().get(i).usageOf(dimension.name());
      }
    }
    mustInclude = flags(problem.mustInclude());
    mustExclude = flags(problem.mustExclude());
    groups = new int[problem.exclusiveGroups().size()][];
    List<List<Integer>> groupLists = emptyLists(n);
    for (int g = 0; g < groups.length; g++) {
      groups[g] = indexes(problem.exclusiveGroups().get(g).candidateIds());
      for (int i : groups[g]) {
        groupLists.get(i).add(g);
      }
    }
    groupsOf = toArrays(groupLists);
    List<List<Integer>> req = emptyLists(n);
    List<List<Integer>> dep = emptyLists(n);
    for (Prerequisite p : problem.prerequisites()) {
      int a = indexOf.get(p.dependentId());
      int b = indexOf.get(p.requiredId());
      if (a != b) {
        req.get(a).add(b);
        dep.get(b).add(a);
      }
    }
    requires = toArrays(req);
    int[][] requiredBy = toArrays(dep);
    closure = new int[n][];
    dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      closure[i] = reachable(i, requires);
      dependents[i] = reachable(i, requiredBy);
    }
  }

  int indexOf(String id) {
    return indexOf.get(id);
  }

  boolean hasPrerequisites() {
    return !source.prerequisites().isEmpty();
  }

  /** Must-include candidates and everything they need: part of every feasible selection. */
  boolean[] mandatory() {
    boolean[] in = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (mustInclude[i]) {
        for (int j : closure[i]) {
          in[j] = true;
        }
      }
    }
    return in;
  }

  double value(boolean[] x) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (x[i]) {
        total += values[i];
      }
    }
    return total;
  }

  double used(int d, boolean[] x) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (x[i]) {
        total += usage[d][i];
      }
    }
    return total;
  }

  /** Capacity test with a relative tolerance for the rounding of sums of doubles. */
  static boolean fits(double used, double capacity) {
    return used <= capacity + 1e-9 * Math.max(1.0, Math.abs(capacity));
  }

  boolean isFeasible(boolean[] x) {
    for (int i = 0; i < n; i++) {
      if ((mustInclude[i] && !x[i]) || (mustExclude[i] && x[i])) {
        return false;
      }
      if (x[i]) {
        for (int r : requires[i]) {
          if (!x[r]) {
            return false;
          }
        }
      }
    }
    for (int[] group : groups) {
      int count = 0;
      for (int i : group) {
        count += x[i] ? 1 : 0;
      }
      if (count > 1) {
        return false;
      }
    }
    for (int d = 0; d < m; d++) {
      if (!fits(used(d, x), capacity[d])) {
        return false;
      }
    }
    return true;
  }

  List<String> selectedIds(boolean[] x) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (x[i]) {
        out.add(ids[i]);
      }
    }
    return out;
  }

  boolean[] selectionOf(Iterable<String> selectedIds) {
    boolean[] x = new boolean[n];
    for (String id : selectedIds) {
      Integer i = indexOf.get(id);
      if (i != null) {
        x[i] = true;
      }
    }
    return x;
  }

  private boolean[] flags(Iterable<String> set) {
    boolean[] f = new boolean[n];
    for (String id : set) {
      f[indexOf.get(id)] = true;
    }
    return f;
  }

  private int[] indexes(Iterable<String> set) {
    List<Integer> list = new ArrayList<>();
    for (String id : set) {
      list.add(indexOf.get(id));
    }
    int[] out = list.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private static List<List<Integer>> emptyLists(int size) {
    List<List<Integer>> lists = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static int[] reachable(int start, int[][] edges) {
    if (edges[start].length == 0) {
      return new int[] {start};
    }
    List<Integer> seen = new ArrayList<>();
    boolean[] mark = new boolean[edges.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    mark[start] = true;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      seen.add(v);
      for (int w : edges[v]) {
        if (!mark[w]) {
          mark[w] = true;
          queue.add(w);
        }
      }
    }
    return seen.stream().mapToInt(Integer::intValue).toArray();
  }
}
