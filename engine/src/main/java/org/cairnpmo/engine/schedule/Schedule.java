package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of scheduling: the dates of every task in the order of the request, the project's
 * finish, the critical path (critical tasks by early start) and the conflicts found.
 */
public record Schedule(
    LocalDateTime projectStart,
    LocalDateTime projectFinish,
    List<ScheduledTask> tasks,
    List<String> criticalPath,
    List<Conflict> conflicts) {

  public Schedule {
    tasks = List.copyOf(tasks);
    criticalPath = List.copyOf(criticalPath);
    conflicts = List.copyOf(conflicts);
  }

  /** The dates of a task by its id. */
  public ScheduledTask task(String id) {
    return byId()
        .computeIfAbsent(
            id,
            missing -> {
              throw new InvalidScheduleException("The schedule has no task " + missing);
            });
  }

  public List<String> nearCritical() {
    return tasks.stream().filter(ScheduledTask::nearCritical).map(ScheduledTask::id).toList();
  }

  public List<Conflict> conflictsOf(String taskId) {
    return conflicts.stream().filter(c -> c.taskId().equals(taskId)).toList();
  }

  private Map<String, ScheduledTask> byId() {
    return tasks.stream()
        .collect(
            Collectors.toMap(
                ScheduledTask::id, Function.identity(), (a, b) -> a, java.util.HashMap::new));
  }
}
