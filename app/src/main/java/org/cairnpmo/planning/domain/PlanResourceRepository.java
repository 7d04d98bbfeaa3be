package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanResourceRepository extends JpaRepository<PlanResource, Long> {

  List<PlanResource> findByPlanIdOrderByNameAscIdAsc(long planId);

  Optional<PlanResource> findByIdAndPlanId(long id, long planId);

  /** The project and the user of every resource of a plan that a user stands behind. */
  @Query(
      "select p.projectId, r.userId from PlanResource r, Plan p"
          + " where r.planId = p.id and r.userId is not null")
  List<Object[]> projectUsers();
}
