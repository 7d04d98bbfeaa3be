package org.cairnpmo.planning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BaselineRepository extends JpaRepository<Baseline, Long> {

  List<Baseline> findByPlanIdOrderByNumberAsc(long planId);

  Optional<Baseline> findByPlanIdAndNumber(long planId, int number);

  /** Forgets what the baselines kept of tasks that are deleted. */
  @Modifying(flushAutomatically = true)
  @Query(value = "delete from pln_baseline_task where task_id in (:taskIds)", nativeQuery = true)
  int forgetTasks(@Param("taskIds") Collection<Long> taskIds);
}
