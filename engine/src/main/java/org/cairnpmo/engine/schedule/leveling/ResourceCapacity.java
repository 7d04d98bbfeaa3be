package org.cairnpmo.engine.schedule.leveling;

import java.util.Objects;
import org.cairnpmo.engine.schedule.InvalidScheduleException;

/** How many units of a resource there are at any time: 3 for three people of a role. */
public record ResourceCapacity(String resourceId, double units) {

  public ResourceCapacity {
    Objects.requireNonNull(resourceId, "resourceId");
    if (!(units >= 0) || Double.isInfinite(units)) {
      throw new InvalidScheduleException("The capacity of " + resourceId + " must be 0 or more");
    }
  }
}
