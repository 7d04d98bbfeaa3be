package org.cairnpmo.resources.staffing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.SkillLevel;

/** What staffing works on beyond capacity: the requests and the pool with skills and rates. */
final class StaffingData {

  private StaffingData() {}

  /** A request as staffing needs it. */
  record Request(
      long id,
      long projectId,
      Long roleId,
      Long personId,
      double hoursPerWeek,
      LocalDate firstDay,
      LocalDate lastDay,
      Priority priority,
      RequestStatus status,
      long version,
      List<SkillLevel> skills) {}

  /**
   * A person of the pool as staffing needs them.
   *
   * @param rate cost per hour: the rate valid today, else their first rate, else their role's
   *     default rate, else 0
   * @param userId their account, by which learning knows them; null for a pool entry without one
   */
  record Member(
      long id,
      Long userId,
      String name,
      Long departmentId,
      Long roleId,
      Map<String, Integer> skills,
      double rate) {}
}
