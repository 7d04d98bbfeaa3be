package org.cairnpmo.planning.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

  Optional<Plan> findByProjectId(long projectId);
}
