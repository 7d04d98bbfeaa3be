package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportingCadenceRepository extends JpaRepository<ReportingCadence, Long> {

  Optional<ReportingCadence> findByProjectId(long projectId);

  List<ReportingCadence> findByProjectIdIn(Collection<Long> projectIds);

  /**
   * The cadences of the given projects, each with how many delivered reports it has for periods
   * that are due before {@code today} (from the cadence's first period on): one query per chunk.
   */
  @Query(
      """
      select new org.cairnpmo.control.domain.CadenceDelivery(
        c.projectId, c.cadence, c.startsOn, c.dueDays,
        (select count(r) from StatusReport r
         where r.projectId = c.projectId
           and r.status in (org.cairnpmo.control.ReportStatus.SUBMITTED,
                            org.cairnpmo.control.ReportStatus.REVIEWED)
           and r.periodStart >= c.startsOn
           and r.periodEnd + (c.dueDays) day < :today))
      from ReportingCadence c
      where c.projectId in :projectIds
      """)
  List<CadenceDelivery> deliveries(
      @Param("projectIds") Collection<Long> projectIds, @Param("today") LocalDate today);
}
