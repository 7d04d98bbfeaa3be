package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanResourceRepository extends JpaRepository<PlanResource, Long> {

  List<PlanResource> findByPlanIdOrderByNameAscIdAsc(long planId);

  Optional<PlanResource> findByIdAndPlanId(long id, long planId);
}
