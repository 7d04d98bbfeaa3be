package org.cairnpmo.practices.templates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whether a template's tasks, through whom each follows, come back to themselves. */
final class TaskOrder {

  private TaskOrder() {}

  static boolean hasCycle(List<TemplateContent.TaskItem> tasks) {
    Map<String, List<String>> after = new HashMap<>();
    tasks.forEach(
        t ->
            after.put(
                TemplateContent.key(t.name()),
                t.after().stream().map(TemplateContent::key).toList()));
    Set<String> done = new HashSet<>();
    for (String start : after.keySet()) {
      if (visits(start, after, new HashSet<>(), done)) {
        return true;
      }
    }
    return false;
  }

  private static boolean visits(
      String task, Map<String, List<String>> after, Set<String> path, Set<String> done) {
    if (done.contains(task)) {
      return false;
    }
    if (!path.add(task)) {
      return true;
    }
    for (String before : after.getOrDefault(task, List.of())) {
      if (visits(before, after, path, done)) {
        return true;
      }
    }
    path.remove(task);
    done.add(task);
    return false;
  }
}
