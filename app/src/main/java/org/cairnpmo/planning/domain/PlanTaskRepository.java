package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

  List<PlanTask> findByPlanIdOrderByOutlineIndexAsc(long planId);

  Page<PlanTask> findByPlanIdOrderByOutlineIndexAsc(long planId, Pageable pageable);

  Optional<PlanTask> findByIdAndPlanId(long id, long planId);

  long countByPlanId(long planId);
}
