package org.cairnpmo.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.planning.OutlineShift;
import org.cairnpmo.platform.InvalidInputException;

/**
 * The outline of a plan's tasks: each task's parent and position among its siblings. Moves keep the
 * positions of the siblings they leave and join consecutive; {@link #renumber} then gives every
 * task its WBS code (1.2.3), level (1 at the top) and index in the outline read top to bottom.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Outline {

  private final List<PlanTask> tasks;

  /** The tasks directly under {@code parentId} (the top level when null), by position. */
  List<PlanTask> children(Long parentId) {
    return tasks.stream()
        .filter(t -> Objects.equals(t.getParentId(), parentId))
        .sorted(Comparator.comparingInt(PlanTask::getPosition))
        .toList();
  }

  /** The task and everything under it, in outline order. */
  List<PlanTask> subtree(PlanTask root) {
    List<PlanTask> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private void collect(PlanTask task, List<PlanTask> found) {
    found.add(task);
    for (PlanTask child : children(task.getId())) {
      collect(child, found);
    }
  }

  boolean hasChildren(PlanTask task) {
    return task.getId() != null
        && tasks.stream().anyMatch(t -> Objects.equals(t.getParentId(), task.getId()));
  }

  /**
   * Puts {@code task} under {@code parent} (the top level when null) at {@code position} (last when
   * null or beyond the end); refuses a place inside the task's own subtree.
   */
  void put(PlanTask task, PlanTask parent, Integer position) {
    if (parent != null && task.getId() != null && subtree(task).contains(parent)) {
      throw InvalidInputException.of(
          "parentId", "A task cannot go under itself or one of the tasks under it.");
    }
    Long formerParentId = task.getParentId();
    Long parentId = parent == null ? null : parent.getId();
    List<PlanTask> siblings = new ArrayList<>(children(parentId));
    siblings.remove(task);
    int at = position == null ? siblings.size() : Math.min(position, siblings.size());
    siblings.add(at, task);
    for (int i = 0; i < siblings.size(); i++) {
      siblings.get(i).place(parentId, i);
    }
    if (!Objects.equals(formerParentId, parentId)) {
      close(formerParentId);
    }
  }

  void shift(PlanTask task, OutlineShift shift) {
    switch (shift) {
      case INDENT -> indent(task);
      case OUTDENT -> outdent(task);
    }
  }

  /** Makes the task the last child of the sibling right before it. */
  private void indent(PlanTask task) {
    List<PlanTask> siblings = children(task.getParentId());
    int at = siblings.indexOf(task);
    if (at <= 0) {
      throw InvalidInputException.of(
          "taskId", "The first task of its level has no task before it to go under.");
    }
    put(task, siblings.get(at - 1), null);
  }

  /** Makes the task the sibling right after its parent. */
  private void outdent(PlanTask task) {
    PlanTask parent = find(task.getParentId());
    if (parent == null) {
      throw InvalidInputException.of("taskId", "The task is at the top level already.");
    }
    PlanTask grandparent = find(parent.getParentId());
    int parentAt = children(parent.getParentId()).indexOf(parent);
    put(task, grandparent, parentAt + 1);
  }

  /** Takes the tasks out of the outline; the positions of those left stay consecutive. */
  void remove(List<PlanTask> removed) {
    tasks.removeAll(removed);
    removed.stream().map(PlanTask::getParentId).distinct().forEach(this::close);
  }

  /** The positions under {@code parentId} from 0 without gaps. */
  private void close(Long parentId) {
    List<PlanTask> siblings = children(parentId);
    for (int i = 0; i < siblings.size(); i++) {
      siblings.get(i).place(parentId, i);
    }
  }

  PlanTask find(Long id) {
    if (id == null) {
      return null;
    }
    return tasks.stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
  }

  /** WBS codes, levels and outline indexes from the parents and positions; tasks in that order. */
  void renumber() {
    Map<Long, List<PlanTask>> byParent = new HashMap<>();
    for (PlanTask task : tasks) {
      byParent.computeIfAbsent(task.getParentId(), k -> new ArrayList<>()).add(task);
    }
    byParent.values().forEach(list -> list.sort(Comparator.comparingInt(PlanTask::getPosition)));
    List<PlanTask> ordered = new ArrayList<>(tasks.size());
    number(byParent, null, "", 1, ordered);
    tasks.clear();
    tasks.addAll(ordered);
  }

  private static void number(
      Map<Long, List<PlanTask>> byParent,
      Long parentId,
      String prefix,
      int level,
      List<PlanTask> ordered) {
    List<PlanTask> children = byParent.getOrDefault(parentId, List.of());
    for (int i = 0; i < children.size(); i++) {
      PlanTask child = children.get(i);
      String wbs = prefix + (i + 1);
      child.place(parentId, i);
      child.number(wbs, level, ordered.size());
      ordered.add(child);
      if (child.getId() != null) {
        number(byParent, child.getId(), wbs + ".", level + 1, ordered);
      }
    }
  }
}
