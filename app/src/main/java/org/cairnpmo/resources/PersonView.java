package org.cairnpmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A person of the pool as the caller may see them. {@code currentRate} and {@code rates} are null
 * for a caller who may not see cost rates. {@code weeklyHours} is the capacity after part time.
 */
public record PersonView(
    long id,
    Long userId,
    String name,
    Long departmentId,
    String departmentName,
    Long lineManagerId,
    String lineManagerName,
    Long jobRoleId,
    String jobRoleName,
    BigDecimal capacityHours,
    int partTimePercent,
    BigDecimal weeklyHours,
    List<BigDecimal> ownWeek,
    LocalDate availableFrom,
    LocalDate availableUntil,
    List<SkillLevel> skills,
    List<Absence> absences,
    BigDecimal currentRate,
    List<RateData> rates,
    long version)
    implements Versioned.Entry {

  /** Whether the person works the organization's calendar rather than a week of their own. */
  public boolean organizationCalendar() {
    return ownWeek.isEmpty();
  }

  public boolean ratesShown() {
    return rates != null;
  }
}
