package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.control.ReportStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

  List<StatusReport> findByProjectIdOrderByPeriodStartAsc(long projectId);

  Optional<StatusReport> findByIdAndProjectId(long id, long projectId);

  org.springframework.data.domain.Page<StatusReport> findByProjectId(
      long projectId, org.springframework.data.domain.Pageable pageable);

  org.springframework.data.domain.Page<StatusReport> findByProjectIdAndStatus(
      long projectId, ReportStatus status, org.springframework.data.domain.Pageable pageable);

  Optional<StatusReport>
      findFirstByProjectIdAndStatusInAndPeriodStartLessThanOrderByPeriodStartDesc(
          long projectId, Collection<ReportStatus> statuses, LocalDate before);

  List<StatusReport> findByProjectIdAndStatusInAndPeriodStartBetween(
      long projectId, Collection<ReportStatus> statuses, LocalDate from, LocalDate to);

  boolean existsByProjectIdAndPeriodStart(long projectId, LocalDate periodStart);

  Optional<StatusReport> findByProjectIdAndPeriodStart(long projectId, LocalDate periodStart);

  List<StatusReport> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

  long countByStatus(ReportStatus status);

  org.springframework.data.domain.Page<StatusReport> findByStatus(
      ReportStatus status, org.springframework.data.domain.Pageable pageable);

  List<StatusReport> findByStatusOrderBySubmittedAtAscIdAsc(
      ReportStatus status, org.springframework.data.domain.Limit limit);

  List<StatusReport> findByProjectIdInOrderByPeriodStartAsc(Collection<Long> projectIds);

  List<StatusReport> findByProjectIdInAndPeriodStartGreaterThanEqual(
      Collection<Long> projectIds, LocalDate from);

  /** Which periods have a report, in which status: what the overdue list needs, nothing more. */
  @Query(
      "select new org.cairnpmo.control.domain.PeriodStatus("
          + "r.projectId, r.periodStart, r.status, r.id) from StatusReport r")
  List<PeriodStatus> periodStatuses();

  /** Which periods of the given projects have a report, in which status. */
  @Query(
      "select new org.cairnpmo.control.domain.PeriodStatus("
          + "r.projectId, r.periodStart, r.status, r.id) from StatusReport r"
          + " where r.projectId in :projectIds")
  List<PeriodStatus> periodStatuses(
      @org.springframework.data.repository.query.Param("projectIds") Collection<Long> projectIds);
}
