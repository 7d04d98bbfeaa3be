package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person of the pool as a caller creates or changes them. {@code ownWeek} is their own working
 * week (seven hours, Monday first); empty means the organization's calendar. {@code version} is the
 * version that was edited (changes only). Rates have their own history ({@link RateData}).
 */
public record PersonData(
    Long userId,
    String name,
    Long departmentId,
    Long lineManagerId,
    Long jobRoleId,
    BigDecimal capacityHours,
    Integer partTimePercent,
    List<BigDecimal> ownWeek,
    LocalDate availableFrom,
    LocalDate availableUntil,
    List<SkillLevel> skills,
    List<Absence> absences,
    Long version) {

  public PersonData {
    ownWeek = ownWeek == null ? List.of() : ownWeek;
    skills = skills == null ? List.of() : skills;
    absences = absences == null ? List.of() : absences;
  }

  /** This change, over the version the caller edited. */
  public PersonData editing(long editedVersion) {
    return new PersonData(
        userId,
        name,
        departmentId,
        lineManagerId,
        jobRoleId,
        capacityHours,
        partTimePercent,
        ownWeek,
        availableFrom,
        availableUntil,
        skills,
        absences,
        editedVersion);
  }
}
