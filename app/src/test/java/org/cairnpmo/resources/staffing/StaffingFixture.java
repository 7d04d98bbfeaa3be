package org.cairnpmo.resources.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;

/**
 * People of the pool and requests for staffing tests. Each test names a skill of its own, so that
 * only its own people qualify whatever else the shared database holds.
 */
record StaffingFixture(PoolService pool, CatalogService catalog, RequestService requests) {

  /** A role of the catalog of its own. */
  long role(String name, CurrentUser rm) {
    return catalog.createRole(new RoleData(name, null, null, null, null, null), rm).id();
  }

  /**
   * Someone of {@code roleId} with {@code skill} at {@code level}, working {@code hours} a week at
   * {@code rate}.
   */
  long person(
      String name,
      long roleId,
      String skill,
      int level,
      int hours,
      int partTime,
      List<Absence> absences,
      int rate,
      CurrentUser rm) {
    return person(null, name, roleId, skill, level, hours, partTime, absences, rate, rm);
  }

  /** As above, with the account {@code userId} by which learning knows them. */
  long person(
      Long userId,
      String name,
      long roleId,
      String skill,
      int level,
      int hours,
      int partTime,
      List<Absence> absences,
      int rate,
      CurrentUser rm) {
    long id =
        pool.create(
                new PersonData(
                    userId,
                    name,
                    null,
                    null,
                    roleId,
                    BigDecimal.valueOf(hours),
                    partTime,
                    null,
                    null,
                    null,
                    List.of(new SkillLevel(skill, level)),
                    absences,
                    null),
                rm)
            .id();
    pool.addRate(id, new RateData(LocalDate.of(2026, 1, 1), BigDecimal.valueOf(rate)), 0, rm);
    return id;
  }

  /** A request of {@code project} for the role with {@code skill} at {@code level}. */
  RequestView request(
      ProjectView project,
      long roleId,
      String skill,
      int level,
      int hoursPerWeek,
      LocalDate from,
      LocalDate to,
      Priority priority,
      CurrentUser manager) {
    return requests.create(
        project.id(),
        new RequestData(
            roleId,
            null,
            List.of(new SkillLevel(skill, level)),
            BigDecimal.valueOf(hoursPerWeek),
            from,
            to,
            priority,
            null),
        manager);
  }
}
