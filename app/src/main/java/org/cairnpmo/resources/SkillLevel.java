package org.cairnpmo.resources;

/** A skill and how well someone has it (or a role needs it): 1 (basic) to 5 (expert). */
public record SkillLevel(String skill, Integer proficiency) {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
}
