package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IssueRepository extends JpaRepository<Issue, Long>, JpaSpecificationExecutor<Issue> {

  Optional<Issue> findByIdAndProjectId(long id, long projectId);

  @Query(
      "select count(i) from Issue i where i.projectId = :projectId and i.status = :status"
          + " and i.dueDate < :today")
  long countOverdue(
      @Param("projectId") long projectId,
      @Param("status") IssueStatus status,
      @Param("today") LocalDate today);

  long countByProjectIdAndStatusAndSeverityIn(
      long projectId, IssueStatus status, Collection<IssueSeverity> severities);

  long countByProjectIdAndStatus(long projectId, IssueStatus status);

  List<Issue> findByEscalatedTrue();
}
