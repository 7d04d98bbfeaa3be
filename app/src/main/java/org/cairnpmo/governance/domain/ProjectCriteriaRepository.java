package org.cairnpmo.governance.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCriteriaRepository extends JpaRepository<ProjectCriteria, Long> {

  Optional<ProjectCriteria> findFirstByOrderByIdAsc();
}
