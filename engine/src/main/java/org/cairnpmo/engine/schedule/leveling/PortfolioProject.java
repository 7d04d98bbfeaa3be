package org.cairnpmo.engine.schedule.leveling;

import java.util.Map;
import java.util.Objects;
import org.cairnpmo.engine.schedule.InvalidScheduleException;

/**
 * A project's plan in portfolio leveling: its key (unique in the request), the plan as the leveler
 * takes it, the person behind each of its resources that others share (plan resource id → person
 * id; other resources are not levelled here), whether its tasks may move at all, and the most any
 * of its tasks may start later, in working minutes of its calendar.
 */
public record PortfolioProject(
    String key,
    LevelingRequest plan,
    Map<String, String> people,
    boolean movable,
    long maxDelayMinutes) {

  public PortfolioProject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(plan, "plan");
    people = people == null ? Map.of() : Map.copyOf(people);
    if (maxDelayMinutes < 0) {
      throw new InvalidScheduleException("The longest delay of " + key + " cannot be negative");
    }
  }
}
