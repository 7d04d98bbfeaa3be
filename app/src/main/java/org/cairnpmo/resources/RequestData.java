package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.projects.Priority;

/**
 * A project's request for a person: a generic role or a named person of the pool (at least one),
 * the skills wanted, hours per week over a period (the end not before the start) and a priority.
 */
public record RequestData(
    Long roleId,
    Long personId,
    List<SkillLevel> skills,
    BigDecimal hoursPerWeek,
    LocalDate firstDay,
    LocalDate lastDay,
    Priority priority,
    String note) {

  public RequestData {
    skills = skills == null ? List.of() : skills;
  }
}
