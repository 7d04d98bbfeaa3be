package org.cairnpmo.planning.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

  Optional<Plan> findByProjectId(long projectId);

  /**
   * Raises the plan's version if it still is {@code expected}: 1 row when it was, 0 when someone
   * changed the plan since. The row stays locked until the transaction ends, so two changes from
   * the same version cannot both pass.
   */
  @Modifying(flushAutomatically = true)
  @Query("update Plan p set p.version = p.version + 1 where p.id = :id and p.version = :expected")
  int raiseVersion(@Param("id") long id, @Param("expected") long expected);

  @Query("select p.version from Plan p where p.id = :id")
  long currentVersion(@Param("id") long id);
}
