package org.cairnpmo.engine.staffing;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who can be staffed: what the person does and costs. When they can work comes from their {@link
 * PersonCalendar} in the {@link CapacityGrid}.
 *
 * @param id the person; must be in the grid
 * @param roles roles the person holds ("Senior Java developer")
 * @param skills proficiency per skill, 1 to 5
 * @param department the person's department, or null
 * @param costRate cost per hour, at least zero
 */
public record Person(
    String id, Set<String> roles, Map<String, Integer> skills, String department, double costRate) {

  public Person {
    Objects.requireNonNull(id, "id");
    roles = Set.copyOf(roles);
    skills = Map.copyOf(skills);
    skills.forEach(
        (skill, level) -> {
          if (level < 1 || level > 5) {
            throw new IllegalArgumentException(
                "proficiency of " + id + " in " + skill + " must be 1 to 5, got " + level);
          }
        });
    if (!Double.isFinite(costRate) || costRate < 0) {
      throw new IllegalArgumentException("cost rate of " + id + " must be at least 0");
    }
  }

  /** Proficiency in a skill, 0 when the person does not have it. */
  public int level(String skill) {
    return skills.getOrDefault(skill, 0);
  }
}
