package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A generic role ("Senior Java developer") of the role catalog; {@code defaultRate} is null for a
 * caller who may not see cost rates.
 */
public record RoleView(
    long id,
    String name,
    String purpose,
    String responsibilities,
    BigDecimal defaultRate,
    List<SkillLevel> requiredSkills,
    long version)
    implements Versioned.Entry {}
