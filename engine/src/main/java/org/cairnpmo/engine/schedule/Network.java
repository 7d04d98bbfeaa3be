package org.cairnpmo.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as a graph over task indexes, in arrays: the outline (children, leaves under each
 * summary), the links each leaf receives (edges), and one order in which every task comes after
 * everything it depends on (predecessors and, for a summary, its children).
 *
 * <p>Edge {@code e} arrives at leaf {@code edgeTo[e]} from {@code edgeFrom[e]} (which may be a
 * summary) for the link {@link #link(int) link(e)} (its type and lag copied out in arrays); the
 * edges arriving at task {@code i} are {@code incomingStart[i]} to {@code incomingStart[i + 1] -
 * 1}, in the order of the links.
 */
final class Network {

  private static final int[] NONE = new int[0];

  final List<ScheduleTask> tasks;
  final TaskIndex index;
  final int[][] children;
  final boolean[] summary;
  final int[] edgeFrom;
  final int[] edgeTo;
  private final List<Link> links;
  private final int[] edgeLinkNumber;
  final LinkType[] edgeType;
  final Lag.Kind[] lagKind;
  final long[] lagAmount;
  final int[] incomingStart;
  final int[] order;

  Network(List<ScheduleTask> tasks, List<Link> links) {
    this.tasks = tasks;
    this.links = links;
    int n = tasks.size();
    index = new TaskIndex(tasks);
    summary = new boolean[n];
    children = outline(n);
    int[] from = new int[links.size()];
    int[] to = new int[links.size()];
    int[] linkOf = new int[links.size()];
    // each link's type and lag are read while the link is at hand, not once per edge later
    LinkType[] types = new LinkType[links.size()];
    Lag.Kind[] kinds = new Lag.Kind[links.size()];
    long[] amounts = new long[links.size()];
    int edges = 0;
    for (int number = 0; number < links.size(); number++) {
      Link l = links.get(number);
      types[number] = l.type();
      Lag lag = l.lag();
      kinds[number] = lag.kind();
      amounts[number] = lag.amount();
      int f = index.of(l.predecessor());
      int successor = index.of(l.successor());
      int[] under = summary[successor] ? leaves(successor) : null;
      for (int k = 0; k < (under == null ? 1 : under.length); k++) {
        int leaf = under == null ? successor : under[k];
        if (edges == from.length) {
          from = Arrays.copyOf(from, edges * 2 + 1);
          to = Arrays.copyOf(to, edges * 2 + 1);
          linkOf = Arrays.copyOf(linkOf, edges * 2 + 1);
        }
        from[edges] = f;
        to[edges] = leaf;
        linkOf[edges++] = number;
      }
    }
    // edges numbered by the leaf they arrive at, then by link: a task's edges lie side by side
    incomingStart = groupStarts(to, edges, n);
    int[] place = groupPlaces(to, edges, incomingStart);
    edgeFrom = new int[edges];
    edgeTo = new int[edges];
    edgeLinkNumber = new int[edges];
    edgeType = new LinkType[edges];
    lagKind = new Lag.Kind[edges];
    lagAmount = new long[edges];
    for (int e = 0; e < edges; e++) {
      int at = place[e];
      int number = linkOf[e];
      edgeFrom[at] = from[e];
      edgeTo[at] = to[e];
      edgeLinkNumber[at] = number;
      edgeType[at] = types[number];
      lagKind[at] = kinds[number];
      lagAmount[at] = amounts[number];
    }
    order = sort();
  }

  /**
   * Where each group starts when {@code count} items with keys {@code key[k]} (0 to n - 1) are put
   * side by side by key: group g is {@code starts[g]} to {@code starts[g + 1] - 1}.
   */
  static int[] groupStarts(int[] key, int count, int n) {
    int[] starts = new int[n + 1];
    for (int k = 0; k < count; k++) {
      starts[key[k] + 1]++;
    }
    for (int g = 0; g < n; g++) {
      starts[g + 1] += starts[g];
    }
    return starts;
  }

  /** The place of each item once grouped by key, the items of a group in their order. */
  static int[] groupPlaces(int[] key, int count, int[] starts) {
    int[] fill = Arrays.copyOf(starts, starts.length - 1);
    int[] place = new int[count];
    for (int k = 0; k < count; k++) {
      place[k] = fill[key[k]]++;
    }
    return place;
  }

  private int[][] outline(int n) {
    int[] parent = new int[n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      String parentId = tasks.get(i).parentId();
      parent[i] = parentId == null ? -1 : index.of(parentId);
      if (parent[i] >= 0) {
        count[parent[i]]++;
        summary[parent[i]] = true;
      }
    }
    int[][] result = new int[n][];
    for (int i = 0; i < n; i++) {
      result[i] = count[i] == 0 ? NONE : new int[count[i]];
      count[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        result[parent[i]][count[parent[i]]++] = i;
      }
    }
    return result;
  }

  /** The link of edge {@code e}. */
  Link link(int e) {
    return links.get(edgeLinkNumber[e]);
  }

  int size() {
    return tasks.size();
  }

  /** The task itself when it is a leaf, else every leaf task under it, in outline order. */
  int[] leaves(int task) {
    if (!summary[task]) {
      return new int[] {task};
    }
    int[] leaves = new int[8];
    int count = 0;
    int[] open = new int[8];
    int top = 0;
    for (int k = children[task].length - 1; k >= 0; k--) {
      open = push(open, top++, children[task][k]);
    }
    while (top > 0) {
      int next = open[--top];
      if (summary[next]) {
        for (int k = children[next].length - 1; k >= 0; k--) {
          open = push(open, top++, children[next][k]);
        }
      } else {
        leaves = push(leaves, count++, next);
      }
    }
    return Arrays.copyOf(leaves, count);
  }

  private static int[] push(int[] values, int at, int value) {
    int[] result = at < values.length ? values : Arrays.copyOf(values, values.length * 2);
    result[at] = value;
    return result;
  }

  /** What must be scheduled before a task: its predecessors, or a summary's children. */
  private int[] dependencies(int task) {
    if (summary[task]) {
      return children[task];
    }
    int[] before = new int[incomingStart[task + 1] - incomingStart[task]];
    for (int k = 0; k < before.length; k++) {
      before[k] = edgeFrom[incomingStart[task] + k];
    }
    return before;
  }

  private int dependencyCount(int task) {
    return summary[task] ? children[task].length : incomingStart[task + 1] - incomingStart[task];
  }

  private int dependency(int task, int k) {
    return summary[task] ? children[task][k] : edgeFrom[incomingStart[task] + k];
  }

  /**
   * Kahn's algorithm, taking ready tasks in request order so the result is deterministic; the
   * request order itself when every task already comes after what it depends on.
   */
  private int[] sort() {
    int n = size();
    if (inRequestOrder()) {
      int[] identity = new int[n];
      for (int i = 0; i < n; i++) {
        identity[i] = i;
      }
      return identity;
    }
    int[] waiting = new int[n];
    int[] dependentStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int count = dependencyCount(i);
      waiting[i] = count;
      for (int k = 0; k < count; k++) {
        dependentStart[dependency(i, k) + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      dependentStart[i + 1] += dependentStart[i];
    }
    int[] dependents = new int[dependentStart[n]];
    int[] fill = Arrays.copyOf(dependentStart, n);
    for (int i = 0; i < n; i++) {
      int count = dependencyCount(i);
      for (int k = 0; k < count; k++) {
        dependents[fill[dependency(i, k)]++] = i;
      }
    }
    int[] sorted = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        sorted[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int next = sorted[head];
      for (int k = dependentStart[next]; k < dependentStart[next + 1]; k++) {
        if (--waiting[dependents[k]] == 0) {
          sorted[tail++] = dependents[k];
        }
      }
    }
    if (tail < n) {
      throw new DependencyCycleException(findCycle(waiting));
    }
    return sorted;
  }

  private boolean inRequestOrder() {
    for (int i = 0; i < size(); i++) {
      if (summary[i]) {
        return false;
      }
      for (int k = incomingStart[i]; k < incomingStart[i + 1]; k++) {
        if (edgeFrom[k] >= i) {
          return false;
        }
      }
    }
    return true;
  }

  /** Walks back along dependencies among the tasks left waiting until one repeats. */
  private List<String> findCycle(int[] waiting) {
    int start = 0;
    while (waiting[start] == 0) {
      start++;
    }
    Map<Integer, Integer> seenAt = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    int current = start;
    while (!seenAt.containsKey(current)) {
      seenAt.put(current, path.size());
      path.add(current);
      current =
          Arrays.stream(dependencies(current))
              .filter(d -> waiting[d] > 0)
              .findFirst()
              .orElseThrow();
    }
    List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
    Collections.reverse(loop);
    return loop.stream().map(i -> tasks.get(i).id()).toList();
  }
}
