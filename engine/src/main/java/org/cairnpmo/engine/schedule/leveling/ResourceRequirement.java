package org.cairnpmo.engine.schedule.leveling;

import java.util.Objects;
import org.cairnpmo.engine.schedule.InvalidScheduleException;

/**
 * What a task needs of a resource (a named person, a role or an equipment type) while it runs, in
 * units: 1 is one full resource, 0.5 half of one. Units count to the hundredth.
 */
public record ResourceRequirement(String taskId, String resourceId, double units) {

  public ResourceRequirement {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(resourceId, "resourceId");
    if (!(units >= 0) || Double.isInfinite(units)) {
      throw new InvalidScheduleException(
          "Task " + taskId + " needs a number of units of " + resourceId + " of 0 or more");
    }
  }
}
