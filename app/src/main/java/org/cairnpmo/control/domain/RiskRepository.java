package org.cairnpmo.control.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.control.RiskStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskRepository extends JpaRepository<Risk, Long>, JpaSpecificationExecutor<Risk> {

  Optional<Risk> findByIdAndProjectId(long id, long projectId);

  @Query("select r.score from Risk r where r.projectId = :projectId and r.status = :status")
  List<Integer> scores(@Param("projectId") long projectId, @Param("status") RiskStatus status);

  /** Counts per grid square over some projects: [probability, impact, count]. */
  @Query(
      "select r.probability, r.impact, count(r) from Risk r where r.status = :status"
          + " and r.projectId in :projectIds group by r.probability, r.impact")
  List<Object[]> grid(
      @Param("status") RiskStatus status, @Param("projectIds") Collection<Long> projectIds);

  List<Risk> findByEscalatedTrue();

  long countByProjectIdAndStatus(long projectId, RiskStatus status);
}
