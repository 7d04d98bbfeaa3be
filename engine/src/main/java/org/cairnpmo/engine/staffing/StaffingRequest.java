package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An open resource request.
 *
 * <p>Hard rules: the role (when given), every skill at its minimum, the named person (when given),
 * the excluded people, and the cost limit (when given). The department is a preference.
 *
 * @param id the caller's request id
 * @param role the role asked for, or null for any
 * @param skills required skills with their minimum proficiency
 * @param from first day
 * @param to last day (included)
 * @param hoursPerWeek hours in a full working week, spread as a {@link Booking}'s
 * @param priority weight of the request in the staffing objective, over zero
 * @param preferredDepartment the department preferred, or null
 * @param maxCostRate the highest cost per hour accepted, or null
 * @param namedPersonId the only person who may take it, or null
 * @param excludedPersonIds people who must not take it
 */
public record StaffingRequest(
    String id,
    String role,
    List<SkillRequirement> skills,
    LocalDate from,
    LocalDate to,
    double hoursPerWeek,
    double priority,
    String preferredDepartment,
    Double maxCostRate,
    String namedPersonId,
    Set<String> excludedPersonIds) {

  public StaffingRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    skills = List.copyOf(skills);
    excludedPersonIds = Set.copyOf(excludedPersonIds);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "request " + id + " cannot end (" + to + ") before it starts (" + from + ")");
    }
    if (!Double.isFinite(hoursPerWeek) || hoursPerWeek <= 0 || hoursPerWeek > 168) {
      throw new IllegalArgumentException(
          "hours per week of request " + id + " must be over 0 and at most 168");
    }
    if (!Double.isFinite(priority) || priority <= 0) {
      throw new IllegalArgumentException("priority of request " + id + " must be over 0");
    }
    if (maxCostRate != null && (!Double.isFinite(maxCostRate) || maxCostRate < 0)) {
      throw new IllegalArgumentException("cost limit of request " + id + " must be at least 0");
    }
  }

  /** A request for a role and skills, without preferences, limits or exclusions. */
  public static StaffingRequest of(
      String id,
      String role,
      List<SkillRequirement> skills,
      LocalDate from,
      LocalDate to,
      double hoursPerWeek,
      double priority) {
    return new StaffingRequest(
        id, role, skills, from, to, hoursPerWeek, priority, null, null, null, Set.of());
  }

  public StaffingRequest withPreferredDepartment(String department) {
    return new StaffingRequest(
        id,
        role,
        skills,
        from,
        to,
        hoursPerWeek,
        priority,
        department,
        maxCostRate,
        namedPersonId,
        excludedPersonIds);
  }

  public StaffingRequest withMaxCostRate(Double limit) {
    return new StaffingRequest(
        id,
        role,
        skills,
        from,
        to,
        hoursPerWeek,
        priority,
        preferredDepartment,
        limit,
        namedPersonId,
        excludedPersonIds);
  }

  public StaffingRequest withNamedPerson(String personId) {
    return new StaffingRequest(
        id,
        role,
        skills,
        from,
        to,
        hoursPerWeek,
        priority,
        preferredDepartment,
        maxCostRate,
        personId,
        excludedPersonIds);
  }

  public StaffingRequest withExcluded(Set<String> personIds) {
    return new StaffingRequest(
        id,
        role,
        skills,
        from,
        to,
        hoursPerWeek,
        priority,
        preferredDepartment,
        maxCostRate,
        namedPersonId,
        personIds);
  }
}
