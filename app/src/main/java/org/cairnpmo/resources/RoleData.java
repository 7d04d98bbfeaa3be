package org.cairnpmo.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.List;

/**
 * A generic role of the catalog as a caller creates or changes it.
 *
 * @param otherNames what proposals and plans may call the role instead ("Software engineer" for
 *     "Senior Java developer"), matched ignoring case like the name
 */
public record RoleData(
    String name,
    String purpose,
    String responsibilities,
    BigDecimal defaultRate,
    List<SkillLevel> requiredSkills,
    List<String> otherNames,
    Long version) {

  // The constructor a JSON body is read with; the shorter one below would leave otherNames out.
  @JsonCreator
  public RoleData {
    requiredSkills = requiredSkills == null ? List.of() : requiredSkills;
    otherNames = otherNames == null ? List.of() : otherNames;
  }

  /** A role known by its name alone. */
  public RoleData(
      String name,
      String purpose,
      String responsibilities,
      BigDecimal defaultRate,
      List<SkillLevel> requiredSkills,
      Long version) {
    this(name, purpose, responsibilities, defaultRate, requiredSkills, List.of(), version);
  }

  public RoleData editing(long editedVersion) {
    return new RoleData(
        name, purpose, responsibilities, defaultRate, requiredSkills, otherNames, editedVersion);
  }
}
