package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRequirementRepository extends JpaRepository<TaskRequirement, Long> {

  List<TaskRequirement> findByPlanIdOrderByIdAsc(long planId);

  Optional<TaskRequirement> findByIdAndPlanId(long id, long planId);
}
