package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.util.List;

/** A generic role of the catalog as a caller creates or changes it. */
public record RoleData(
    String name,
    String purpose,
    String responsibilities,
    BigDecimal defaultRate,
    List<SkillLevel> requiredSkills,
    Long version) {

  public RoleData {
    requiredSkills = requiredSkills == null ? List.of() : requiredSkills;
  }

  public RoleData editing(long editedVersion) {
    return new RoleData(
        name, purpose, responsibilities, defaultRate, requiredSkills, editedVersion);
  }
}
