package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A generic role ("Senior Java developer") of the role catalog; {@code defaultRate} is null for a
 * caller who may not see cost rates; {@code otherNames} are what proposals and plans may call it.
 */
public record RoleView(
    long id,
    String name,
    String purpose,
    String responsibilities,
    BigDecimal defaultRate,
    List<SkillLevel> requiredSkills,
    List<String> otherNames,
    long version)
    implements Versioned.Entry {}
