package org.cairnpmo.engine.staffing;

import java.util.Objects;

/**
 * A skill a request needs, at a minimum proficiency (a hard rule).
 *
 * @param skill the skill
 * @param minimumLevel 1 to 5
 */
public record SkillRequirement(String skill, int minimumLevel) {

  public SkillRequirement {
    Objects.requireNonNull(skill, "skill");
    if (minimumLevel < 1 || minimumLevel > 5) {
      throw new IllegalArgumentException(
          "minimum proficiency in " + skill + " must be 1 to 5, got " + minimumLevel);
    }
  }
}
