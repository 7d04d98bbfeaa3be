package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanLinkRepository extends JpaRepository<PlanLink, Long> {

  List<PlanLink> findByPlanIdOrderByIdAsc(long planId);

  Optional<PlanLink> findByIdAndPlanId(long id, long planId);
}
