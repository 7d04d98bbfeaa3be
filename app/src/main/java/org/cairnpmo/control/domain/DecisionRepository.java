package org.cairnpmo.control.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DecisionRepository
    extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

  Optional<Decision> findByIdAndProjectId(long id, long projectId);

  List<Decision> findByEscalatedTrue();

  long countByProjectId(long projectId);

  long countByProjectIdAndEscalatedTrue(long projectId);
}
