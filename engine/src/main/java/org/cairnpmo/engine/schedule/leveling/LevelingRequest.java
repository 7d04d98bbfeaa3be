package org.cairnpmo.engine.schedule.leveling;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cairnpmo.engine.schedule.ScheduleRequest;

/**
 * A plan to level: the scheduler's request, what each task needs of which resource, how much of
 * each resource there is, and leveling priorities by task id (MS Project's 0 to 1000, 500 when not
 * given: a higher priority gets the resources first, and 1000 means never delay this task).
 */
public record LevelingRequest(
    ScheduleRequest plan,
    List<ResourceRequirement> requirements,
    List<ResourceCapacity> capacities,
    Map<String, Integer> priorities) {

  /** The priority that keeps a task where it is. */
  public static final int DO_NOT_LEVEL = 1000;

  public static final int DEFAULT_PRIORITY = 500;

  public LevelingRequest {
    Objects.requireNonNull(plan, "plan");
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
    capacities = capacities == null ? List.of() : List.copyOf(capacities);
    priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
  }

  public LevelingRequest(
      ScheduleRequest plan,
      List<ResourceRequirement> requirements,
      List<ResourceCapacity> capacities) {
    this(plan, requirements, capacities, Map.of());
  }

  int priority(String taskId) {
    return priorities.getOrDefault(taskId, DEFAULT_PRIORITY);
  }
}
