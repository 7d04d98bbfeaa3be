package org.cairnpmo.engine.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as a graph over task indexes: the outline (children, leaves under each summary), the
 * links each leaf receives, and one order in which every task comes after everything it depends on
 * (predecessors and, for a summary, its children).
 */
final class Network {

  /** A link arriving at a leaf task; {@code from} may be a summary. */
  record Edge(int from, int to, Link link) {}

  final List<ScheduleTask> tasks;
  final Map<String, Integer> index = new HashMap<>();
  final List<List<Integer>> children = new ArrayList<>();
  final boolean[] summary;
  final List<List<Edge>> incoming = new ArrayList<>();
  final int[] order;

  Network(List<ScheduleTask> tasks, List<Link> links) {
    this.tasks = tasks;
    int n = tasks.size();
    summary = new boolean[n];
    for (int i = 0; i < n; i++) {
      index.put(tasks.get(i).id(), i);
      children.add(new ArrayList<>());
      incoming.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      String parent = tasks.get(i).parentId();
      if (parent != null) {
        int p = index.get(parent);
        children.get(p).add(i);
        summary[p] = true;
      }
    }
    for (Link link : links) {
      int from = index.get(link.predecessor());
      for (int to : leaves(index.get(link.successor()))) {
        incoming.get(to).add(new Edge(from, to, link));
      }
    }
    order = sort();
  }

  int size() {
    return tasks.size();
  }

  /** The task itself when it is a leaf, else every leaf task under it. */
  List<Integer> leaves(int task) {
    if (!summary[task]) {
      return List.of(task);
    }
    List<Integer> leaves = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>(children.get(task));
    while (!open.isEmpty()) {
      int next = open.removeFirst();
      if (summary[next]) {
        List<Integer> below = new ArrayList<>(children.get(next));
        Collections.reverse(below);
        below.forEach(open::addFirst);
      } else {
        leaves.add(next);
      }
    }
    return leaves;
  }

  /** What must be scheduled before a task: its predecessors, or a summary's children. */
  private List<Integer> dependencies(int task) {
    if (summary[task]) {
      return children.get(task);
    }
    return incoming.get(task).stream().map(Edge::from).toList();
  }

  /** Kahn's algorithm, taking ready tasks in request order so the result is deterministic. */
  private int[] sort() {
    int n = size();
    int[] waiting = new int[n];
    List<List<Integer>> dependents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int before : dependencies(i)) {
        dependents.get(before).add(i);
        waiting[i]++;
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    int[] sorted = new int[n];
    int count = 0;
    while (!ready.isEmpty()) {
      int next = ready.removeFirst();
      sorted[count++] = next;
      for (int after : dependents.get(next)) {
        if (--waiting[after] == 0) {
          ready.add(after);
        }
      }
    }
    if (count < n) {
      throw new DependencyCycleException(findCycle(waiting));
    }
    return sorted;
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
          dependencies(current).stream().filter(d -> waiting[d] > 0).findFirst().orElseThrow();
    }
    List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
    Collections.reverse(loop);
    return loop.stream().map(i -> tasks.get(i).id()).toList();
  }
}
