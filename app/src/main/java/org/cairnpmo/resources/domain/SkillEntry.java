package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;
import org.cairnpmo.resources.SkillLevel;

/** A skill with its proficiency, as a person has it or a role needs it. */
@Embeddable
record SkillEntry(String skill, int proficiency) {

  SkillLevel view() {
    return new SkillLevel(skill, proficiency);
  }
}
