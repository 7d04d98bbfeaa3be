package org.cairnpmo.control.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AssumptionRepository
    extends JpaRepository<Assumption, Long>, JpaSpecificationExecutor<Assumption> {

  Optional<Assumption> findByIdAndProjectId(long id, long projectId);

  List<Assumption> findByEscalatedTrue();

  long countByProjectId(long projectId);
}
